package dev.robson.cli.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of an answer the server may leave out (it omits null fields, and an older server
 * lacks the newer ones): {@link JsonObject#as} reads it as null then instead of refusing the answer.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Nullable {}
