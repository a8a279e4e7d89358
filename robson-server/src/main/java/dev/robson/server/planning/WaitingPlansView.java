package dev.robson.server.planning;

import java.util.List;

/** The tenant's plans waiting for a confirmation (PLANNED, before their expires_at), newest first. */
record WaitingPlansView(List<PlanView> plans) {}
