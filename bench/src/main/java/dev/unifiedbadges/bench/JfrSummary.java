package dev.unifiedbadges.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the execution samples of a JFR recording: the hottest methods by self samples (top
 * frame), by total samples (anywhere on the stack), and the hottest project methods ({@code
 * dev.unifiedbadges.*}, excluding the bench) by total samples; and every sample charged to the
 * nearest project frame and line, which names the line of our code that spends the time.
 *
 * <pre>java -cp … dev.unifiedbadges.bench.JfrSummary &lt;recording.jfr&gt; [top]</pre>
 */
public final class JfrSummary {

  private JfrSummary() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    Map<String, Integer> selfLine = new HashMap<>();
    Map<String, Integer> nearestProject = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = stack.getFrames();
      RecordedFrame first = frames.get(0);
      self.merge(name(first.getMethod()), 1, Integer::sum);
      selfLine.merge(name(first.getMethod()) + ":" + first.getLineNumber(), 1, Integer::sum);
      for (RecordedFrame frame : frames) {
        String n = name(frame.getMethod());
        if (isProject(n)) {
          nearestProject.merge(n + ":" + frame.getLineNumber(), 1, Integer::sum);
          break;
        }
      }
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String n = name(frame.getMethod());
        if (seen.add(n)) {
          total.merge(n, 1, Integer::sum);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d execution samples in %s%n", samples, file);
    print("self (top frame)", self, samples, top, s -> true);
    print("self by line", selfLine, samples, top, s -> true);
    print(
        "self, charged to the nearest project frame (method:line)",
        nearestProject,
        samples,
        top,
        s -> true);
    print(
        "total (anywhere on the stack), project code", total, samples, top, JfrSummary::isProject);
    print("total (anywhere on the stack), all", total, samples, top, s -> true);
  }

  private static boolean isProject(String method) {
    return method.startsWith("dev.unifiedbadges.")
        && !method.startsWith("dev.unifiedbadges.bench.");
  }

  private static String name(RecordedMethod m) {
    return m.getType().getName() + "." + m.getName();
  }

  private static void print(
      String title,
      Map<String, Integer> counts,
      int samples,
      int top,
      java.util.function.Predicate<String> keep) {
    System.out.printf(Locale.ROOT, "%n== %s%n", title);
    counts.entrySet().stream()
        .filter(e -> keep.test(e.getKey()))
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(top)
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT,
                    "%6.1f%% %6d  %s%n",
                    100.0 * e.getValue() / samples,
                    e.getValue(),
                    e.getKey()));
  }
}
