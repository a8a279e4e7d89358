package dev.robson.server.planning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param sweep how often pending plans are expired and lost entry answers followed up */
@ConfigurationProperties("robson.planning")
record PlanningProperties(@DefaultValue("5s") Duration sweep) {}
