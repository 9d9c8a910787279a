package org.koinagora.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Server log errors a test class provokes on purpose, each with the reason it is expected. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExpectedServerErrors {

  Error[] value();

  /** One expected error: a regular expression found in its log entry, and why it is expected. */
  @interface Error {
    String pattern();

    String reason();
  }
}
