package dev.unifiedbadges.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses a run in which two formats would write the same path, or one inside another's directory.
 */
final class PathClaims {

  private PathClaims() {}

  static void check(List<FormatRun.Claim> claims) throws FormatConfigurationException {
    Map<String, String> fileOwner = new HashMap<>();
    Map<String, String> dirOwner = new HashMap<>();
    for (FormatRun.Claim claim : claims) {
      for (String dir : claim.directories()) {
        if (dir.isEmpty() || !dir.endsWith("/") || dir.startsWith("/")) {
          throw new FormatConfigurationException(
              "The output format '"
                  + claim.formatId()
                  + "' claims the directory '"
                  + dir
                  + "', which is not a"
                  + " relative directory ending in '/'. Fix: correct its directories().");
        }
        for (Map.Entry<String, String> other : dirOwner.entrySet()) {
          if (dir.startsWith(other.getKey()) || other.getKey().startsWith(dir)) {
            throw collision(claim.formatId(), dir, other.getValue(), other.getKey());
          }
        }
        dirOwner.put(dir, claim.formatId());
      }
      for (var file : claim.files()) {
        String other = fileOwner.putIfAbsent(file.path(), claim.formatId());
        if (other != null) {
          throw collision(claim.formatId(), file.path(), other, file.path());
        }
      }
    }
    for (Map.Entry<String, String> file : fileOwner.entrySet()) {
      for (Map.Entry<String, String> dir : dirOwner.entrySet()) {
        if (file.getKey().startsWith(dir.getKey()) || dir.getKey().equals(file.getKey() + "/")) {
          throw collision(file.getValue(), file.getKey(), dir.getValue(), dir.getKey());
        }
      }
      int slash = file.getKey().lastIndexOf('/');
      for (int cut = slash; cut > 0; cut = file.getKey().lastIndexOf('/', cut - 1)) {
        String parent = file.getKey().substring(0, cut);
        String owner = fileOwner.get(parent);
        if (owner != null) {
          throw collision(file.getValue(), file.getKey(), owner, parent);
        }
      }
    }
  }

  private static FormatConfigurationException collision(
      String format, String path, String otherFormat, String other) {
    if (format.equals(otherFormat)) {
      return new FormatConfigurationException(
          "The output format '"
              + format
              + "' declares '"
              + path
              + "'"
              + (path.equals(other) ? " twice" : " and '" + other + "', which overlap")
              + ". Fix: declare each path once, in files() or directories().");
    }
    String fix = " Fix: select only one of the two formats, or change one's paths.";
    return new FormatConfigurationException(
        "The output formats '"
            + otherFormat
            + "' and '"
            + format
            + "' both write "
            + (path.equals(other)
                ? "'" + path + "'."
                : "'" + path + "' and '" + other + "', which overlap.")
            + fix);
  }
}
