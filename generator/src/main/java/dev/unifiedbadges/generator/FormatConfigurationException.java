package dev.unifiedbadges.generator;

/**
 * The formats cannot be used as configured: an unknown format id or option, a format jar that
 * cannot be loaded, or two formats that claim the same output path. The message says how to fix it.
 */
public final class FormatConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FormatConfigurationException(String message) {
    super(message);
  }

  public FormatConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
