package dev.unifiedbadges.site.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.ScreenshotCaret;
import com.microsoft.playwright.options.ScreenshotScale;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.testing.Chromium;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one way the browser tests start Chromium and pin its rendering, so screenshots depend on the
 * site and not on the machine.
 *
 * <p>Executable: {@link Chromium#find} ({@code PLAYWRIGHT_CHROMIUM_EXECUTABLE} if set, else {@code
 * /usr/bin/chromium} if it exists; Playwright's own browser download is then switched off), else
 * Playwright's managed browser. Rendering: a fixed viewport, device scale 1, the test's colour
 * scheme, reduced motion, the bundled Roboto font (checked by {@link #settle}), and screenshots
 * with animations disabled, the caret hidden and CSS-pixel scale.
 */
final class Browsers implements AutoCloseable {

  static final int VIEWPORT_WIDTH = 1280;
  static final int VIEWPORT_HEIGHT = 900;

  /** The bundled faces the site declares; both must be loaded before anything is measured. */
  static final List<String> FONTS = List.of("400 16px Roboto", "500 16px Roboto");

  /** Each test thread's shared Chromium (Playwright objects must stay on their thread). */
  private static final ThreadLocal<Browsers> SHARED = new ThreadLocal<>();

  /** Every shared Chromium, stopped when the test JVM exits. */
  private static final List<Browsers> ALL_SHARED = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (Browsers b : ALL_SHARED) {
                    try {
                      b.stop();
                    } catch (RuntimeException e) {
                      // The JVM is exiting; the driver goes with it.
                    }
                  }
                },
                "browsers-shutdown"));
  }

  private final Playwright playwright;
  private final Browser browser;
  private final String description;
  private final boolean shared;

  private Browsers(Playwright playwright, Browser browser, String description, boolean shared) {
    this.playwright = playwright;
    this.browser = browser;
    this.description = description;
    this.shared = shared;
  }

  /**
   * The calling thread's Chromium, launched on first use and reused by every test class that runs
   * on this thread (starting Playwright and Chromium costs about a second per class). Each class
   * still makes its own contexts, so no cookies, storage or emulation carry over. {@link #close}
   * leaves it running; it stops when the test JVM exits.
   */
  static Browsers shared() {
    Browsers b = SHARED.get();
    if (b == null || !b.browser.isConnected()) {
      b = start(true);
      SHARED.set(b);
      ALL_SHARED.add(b);
    }
    return b;
  }

  /** Starts Playwright and one headless Chromium. Close it (per test class) to stop both. */
  static Browsers launch() {
    return start(false);
  }

  private static Browsers start(boolean shared) {
    Path executable = Chromium.find().orElse(null);
    BrowserType.LaunchOptions launch =
        new BrowserType.LaunchOptions().setHeadless(true).setArgs(Chromium.ARGS);
    Playwright playwright;
    if (executable != null) {
      playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      launch.setExecutablePath(executable);
    } else {
      playwright = Playwright.create();
    }
    try {
      Browser browser = playwright.chromium().launch(launch);
      String what =
          (executable == null ? "Playwright's Chromium " : executable + " ") + browser.version();
      return new Browsers(playwright, browser, what, shared);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /** The executable and version, for test output. */
  String description() {
    return description;
  }

  /** Context options with everything that affects rendering pinned. */
  static Browser.NewContextOptions pinned(ColorScheme scheme) {
    return new Browser.NewContextOptions()
        .setViewportSize(VIEWPORT_WIDTH, VIEWPORT_HEIGHT)
        .setDeviceScaleFactor(1)
        .setColorScheme(scheme)
        .setReducedMotion(ReducedMotion.REDUCE)
        .setLocale("en-US")
        .setTimezoneId("UTC");
  }

  static ColorScheme scheme(Theme theme) {
    return theme == Theme.DARK ? ColorScheme.DARK : ColorScheme.LIGHT;
  }

  /** A new context with pinned rendering in the theme's colour scheme. */
  BrowserContext newContext(Theme theme) {
    return browser.newContext(pinned(scheme(theme)));
  }

  /** A context with pinned rendering in the theme's colour scheme and another viewport size. */
  BrowserContext newContext(Theme theme, int width, int height) {
    return browser.newContext(pinned(scheme(theme)).setViewportSize(width, height));
  }

  /** A context for the theme with scripts disabled, to prove a feature needs none. */
  BrowserContext newContextWithoutScripts(Theme theme) {
    return browser.newContext(pinned(scheme(theme)).setJavaScriptEnabled(false));
  }

  /**
   * Waits until the page's fonts are loaded and checks that the bundled Roboto faces are the ones
   * in use, so that text never falls back to whatever fonts the machine has.
   */
  static void settle(Page page) {
    Object result =
        page.evaluate(
            """
            async (fonts) => {
              await Promise.all(fonts.map((f) => document.fonts.load(f)));
              await document.fonts.ready;
              const loaded = [...document.fonts]
                .filter((f) => f.family.replace(/["']/g, "") === "Roboto" && f.status === "loaded")
                .map((f) => String(f.weight));
              const missing = fonts.filter((f) => !document.fonts.check(f));
              return { loaded, missing, family: getComputedStyle(document.body).fontFamily };
            }
            """,
            FONTS);
    @SuppressWarnings("unchecked")
    Map<String, Object> r = (Map<String, Object>) result;
    @SuppressWarnings("unchecked")
    List<Object> loaded = (List<Object>) r.get("loaded");
    @SuppressWarnings("unchecked")
    List<Object> missing = (List<Object>) r.get("missing");
    if (!missing.isEmpty() || !loaded.contains("400") || !loaded.contains("500")) {
      throw new AssertionError(
          "the bundled Roboto did not load on "
              + page.url()
              + ": loaded weights "
              + loaded
              + ", not ready "
              + missing);
    }
    if (!String.valueOf(r.get("family")).startsWith("Roboto")) {
      throw new AssertionError(
          "the page's font is " + r.get("family") + ", not the bundled Roboto");
    }
  }

  /** Element screenshot options: no animation, no caret, CSS pixels. */
  static Locator.ScreenshotOptions screenshot() {
    return new Locator.ScreenshotOptions()
        .setAnimations(ScreenshotAnimations.DISABLED)
        .setCaret(ScreenshotCaret.HIDE)
        .setScale(ScreenshotScale.CSS);
  }

  /** Stops Playwright and Chromium, unless they are {@link #shared}. */
  @Override
  public void close() {
    if (!shared) {
      stop();
    }
  }

  private void stop() {
    try {
      browser.close();
    } finally {
      playwright.close();
    }
  }
}
