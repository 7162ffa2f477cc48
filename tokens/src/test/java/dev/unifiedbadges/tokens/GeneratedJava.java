package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.runtime.Badge;
import dev.unifiedbadges.runtime.BadgeDomain;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * {@code Badges.java} generated for a catalog, compiled with javac against badge-runtime alone and
 * loaded, so tests call the generated code as an application would.
 */
final class GeneratedJava {

  static final String PACKAGE = "com.example.badges";

  private final String source;
  private final Class<?> badges;
  private final Method resolve;
  private final Method domain;
  private final Method html;
  private final Method styledHtml;

  private GeneratedJava(String source, Class<?> badges) throws NoSuchMethodException {
    this.source = source;
    this.badges = badges;
    this.resolve = badges.getMethod("resolve", String.class, String.class);
    this.domain = badges.getMethod("domain", String.class);
    this.html = badges.getMethod("html", Badge.class);
    this.styledHtml =
        badges.getMethod(
            "html",
            Badge.class,
            dev.unifiedbadges.runtime.Variant.class,
            dev.unifiedbadges.runtime.Size.class,
            boolean.class);
  }

  /** Generates, compiles (failing the test with javac's messages) and loads the class. */
  static GeneratedJava compile(BadgeCatalog catalog, CssNames css, Path work)
      throws IOException, ReflectiveOperationException, URISyntaxException {
    String source = JavaExporter.source(catalog, css, PACKAGE);
    Path src = work.resolve("src/com/example/badges/Badges.java");
    Files.createDirectories(src.getParent());
    // The source is ASCII, so the compiler's encoding cannot matter: written as US-ASCII to prove
    // it.
    Files.write(src, source.getBytes(StandardCharsets.US_ASCII));
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path runtime = Path.of(Badge.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      ok =
          javac
              .getTask(
                  messages,
                  files,
                  null,
                  List.of(
                      "-classpath",
                      runtime.toString(),
                      "-d",
                      classes.toString(),
                      "-encoding",
                      "US-ASCII",
                      "-Xlint:all",
                      "-Werror",
                      "--release",
                      "17"),
                  null,
                  files.getJavaFileObjects(src))
              .call();
    }
    assertTrue(ok, "generated Badges.java does not compile:\n" + messages);
    // Parent: the test's loader, so the runtime types are the ones the test sees.
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, GeneratedJava.class.getClassLoader());
    return new GeneratedJava(source, loader.loadClass(PACKAGE + ".Badges"));
  }

  String source() {
    return source;
  }

  /** The constant {@code Badges.<domainClass>.<field>}. */
  Badge constant(String domainClass, String field) throws ReflectiveOperationException {
    Class<?> nested = badges.getClassLoader().loadClass(badges.getName() + "$" + domainClass);
    return (Badge) nested.getField(field).get(null);
  }

  /** The field of the constant {@code Badges.<domainClass>.<field>}, to read its annotations. */
  Field field(String domainClass, String field) throws ReflectiveOperationException {
    return badges.getClassLoader().loadClass(badges.getName() + "$" + domainClass).getField(field);
  }

  /** {@code Badges.resolve(domain, value)}; its exception unwrapped. */
  Badge resolve(String domainName, String value) {
    return (Badge) call(resolve, domainName, value);
  }

  BadgeDomain domain(String name) {
    return (BadgeDomain) call(domain, name);
  }

  /** {@code Badges.html(badge, variant, size, iconOnly)}. */
  String html(
      Badge badge,
      dev.unifiedbadges.runtime.Variant variant,
      dev.unifiedbadges.runtime.Size size,
      boolean iconOnly) {
    return (String) call(styledHtml, badge, variant, size, iconOnly);
  }

  String html(Badge badge) {
    return (String) call(html, badge);
  }

  private static Object call(Method method, Object... args) {
    try {
      return method.invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
