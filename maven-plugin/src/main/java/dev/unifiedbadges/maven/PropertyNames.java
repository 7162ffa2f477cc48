package dev.unifiedbadges.maven;

/**
 * The user properties ({@code -Dbadges.…}) the goals read, in one place so the Mojos, the docs and
 * the tests agree on them.
 */
public final class PropertyNames {

  /** {@code definitions}: a definition file or a directory of them. */
  public static final String DEFINITIONS = "badges.definitions";

  /** {@code catalog}: {@code builtin} to use the built-in definitions. */
  public static final String CATALOG = "badges.catalog";

  /** {@code outputDirectory}: where generated files go. */
  public static final String OUTPUT_DIRECTORY = "badges.outputDirectory";

  /** {@code formats}: comma-separated format ids, e.g. {@code css,tokens,js,snapshot,site}. */
  public static final String FORMATS = "badges.formats";

  /** {@code cssPrefix}: the CSS class and custom-property prefix. */
  public static final String CSS_PREFIX = "badges.cssPrefix";

  /** {@code darkMode}: when the CSS gives badges their dark tones. */
  public static final String DARK_MODE = "badges.darkMode";

  /** {@code contrastLevel}: {@code AA}, {@code AAA} or {@code off}. */
  public static final String CONTRAST_LEVEL = "badges.contrastLevel";

  /** {@code failOnWarnings}: treat lint warnings as errors. */
  public static final String FAIL_ON_WARNINGS = "badges.failOnWarnings";

  /** {@code tokenColorFormat}: {@code object} or {@code hex}. */
  public static final String TOKEN_COLOR_FORMAT = "badges.tokenColorFormat";

  /** {@code siteTitle}: the catalog site's title. */
  public static final String SITE_TITLE = "badges.siteTitle";

  /** {@code npmPackageName}: the name of the npm package the {@code npm} format writes. */
  public static final String NPM_PACKAGE_NAME = "badges.npmPackageName";

  /** {@code npmPackageVersion}: its version, semver or a Maven version that maps to one. */
  public static final String NPM_PACKAGE_VERSION = "badges.npmPackageVersion";

  /** {@code skip}: do nothing. */
  public static final String SKIP = "badges.skip";

  /** {@code attach}: add the output directory to the project's resources. */
  public static final String ATTACH = "badges.attach";

  /** {@code attachSite}: with {@code attach}, put the catalog site into the jar too. */
  public static final String ATTACH_SITE = "badges.attachSite";

  /** {@code javaPackage}: the package of the generated Java class. */
  public static final String JAVA_PACKAGE = "badges.javaPackage";

  /** {@code javaSourceDirectory}: where the generated Java sources go. */
  public static final String JAVA_SOURCE_DIRECTORY = "badges.javaSourceDirectory";

  /**
   * {@code baseline}: the released catalog to compare with (a snapshot file, definitions, or {@code
   * groupId:artifactId:version}).
   */
  public static final String BASELINE = "badges.baseline";

  /** {@code failOnBreaking}: fail {@code badges:diff} when a change breaks users. */
  public static final String FAIL_ON_BREAKING = "badges.failOnBreaking";

  /** {@code reportDirectory}: where {@code badges:diff} writes its reports. */
  public static final String REPORT_DIRECTORY = "badges.reportDirectory";

  private PropertyNames() {}
}
