package dev.unifiedbadges.generator;

import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.Location;
import dev.unifiedbadges.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run reports besides the write, recorded with its output so an up-to-date rerun reports the
 * same: the counts and every lint warning, field by field.
 */
record RunSummary(int domains, int pairings, List<Diagnostic> warnings) {

  RunSummary {
    warnings = List.copyOf(warnings);
  }

  List<String> encode() {
    List<String> lines = new ArrayList<>(2 + warnings.size());
    lines.add("domains " + domains);
    lines.add("pairings " + pairings);
    for (Diagnostic w : warnings) {
      lines.add(
          "warning "
              + String.join(
                  "\t",
                  field(w.severity().name()),
                  field(w.location().file()),
                  Integer.toString(w.location().line()),
                  Integer.toString(w.location().column()),
                  field(w.path()),
                  field(w.message()),
                  field(w.fix())));
    }
    return lines;
  }

  /** The recorded summary, or null if the lines are not one (the run then generates again). */
  static RunSummary decode(List<String> lines) {
    try {
      if (lines.size() < 2
          || !lines.get(0).startsWith("domains ")
          || !lines.get(1).startsWith("pairings ")) {
        return null;
      }
      int domains = Integer.parseInt(lines.get(0).substring(8));
      int pairings = Integer.parseInt(lines.get(1).substring(9));
      List<Diagnostic> warnings = new ArrayList<>();
      for (String line : lines.subList(2, lines.size())) {
        if (!line.startsWith("warning ")) {
          return null;
        }
        String[] f = line.substring(8).split("\t", -1);
        if (f.length != 7) {
          return null;
        }
        warnings.add(
            new Diagnostic(
                Severity.valueOf(unfield(f[0])),
                new Location(unfield(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])),
                unfield(f[4]),
                unfield(f[5]),
                unfield(f[6])));
      }
      return new RunSummary(domains, pairings, warnings);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String field(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t");
  }

  private static String unfield(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 't' ? '\t' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
