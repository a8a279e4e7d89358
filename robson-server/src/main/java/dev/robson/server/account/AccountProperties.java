package dev.robson.server.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param quoteAsset the asset the account's value is expressed in */
@ConfigurationProperties("robson.account")
record AccountProperties(String quoteAsset) {}
