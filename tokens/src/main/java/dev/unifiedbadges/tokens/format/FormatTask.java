package dev.unifiedbadges.tokens.format;

import java.io.IOException;

/** One independent piece of a format's work, such as writing one file. */
@FunctionalInterface
public interface FormatTask {

  /** Does the work; may run on any thread. */
  void run() throws IOException;
}
