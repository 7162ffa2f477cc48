package dev.unifiedbadges.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Reads files out of WebJars on the classpath, whatever version of them is there. */
final class Webjars {

  private Webjars() {}

  /**
   * A file of the WebJar {@code org.webjars.npm:<artifact>}, e.g. {@code
   * fonts/roboto/Roboto-Regular.woff2}.
   */
  static byte[] npmFile(String artifact, String path) {
    String version = version(artifact);
    return Resources.bytes("META-INF/resources/webjars/" + artifact + "/" + version + "/" + path);
  }

  private static String version(String artifact) {
    String pom = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    Properties props = new Properties();
    try (InputStream in = Resources.LOADER.getResourceAsStream(pom)) {
      if (in == null) {
        throw new IllegalStateException(
            "The WebJar org.webjars.npm:" + artifact + " is not on the classpath");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props.getProperty("version");
  }
}
