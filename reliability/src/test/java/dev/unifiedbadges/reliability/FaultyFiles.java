package dev.unifiedbadges.reliability;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A file map for {@code OutputWriter.write} that fails on its {@code failAt}-th access: every step
 * of an iteration over its entries or keys and every read of an entry's bytes counts as one access.
 * With {@code failAt} beyond the accesses a write makes, it only counts them.
 *
 * <p>The failure stands for an exporter that throws half-way, or a disk that fills up: it can be
 * any throwable, checked ones included (thrown without being declared).
 */
final class FaultyFiles extends AbstractMap<String, byte[]> implements SortedMap<String, byte[]> {

  private final TreeMap<String, byte[]> files;
  private final long failAt;
  private final Supplier<Throwable> failure;
  private long accesses;

  FaultyFiles(SortedMap<String, byte[]> files, long failAt, Supplier<Throwable> failure) {
    this.files = new TreeMap<>(files);
    this.failAt = failAt;
    this.failure = failure;
  }

  /** A map that never fails and counts accesses. */
  static FaultyFiles counting(SortedMap<String, byte[]> files) {
    return new FaultyFiles(files, Long.MAX_VALUE, () -> new AssertionError("unreachable"));
  }

  long accesses() {
    return accesses;
  }

  private void access() {
    accesses++;
    if (accesses == failAt) {
      FaultyFiles.<RuntimeException>sneakyThrow(failure.get());
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }

  @Override
  public Set<Entry<String, byte[]>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, byte[]>> iterator() {
        Iterator<Entry<String, byte[]>> it = files.entrySet().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Entry<String, byte[]> next() {
            access();
            Entry<String, byte[]> e = it.next();
            return new Entry<>() {
              @Override
              public String getKey() {
                return e.getKey();
              }

              @Override
              public byte[] getValue() {
                access();
                return e.getValue();
              }

              @Override
              public byte[] setValue(byte[] value) {
                throw new UnsupportedOperationException();
              }
            };
          }
        };
      }

      @Override
      public int size() {
        return files.size();
      }
    };
  }

  @Override
  public byte[] get(Object key) {
    access();
    return files.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return files.containsKey(key);
  }

  @Override
  public int size() {
    return files.size();
  }

  @Override
  public Comparator<? super String> comparator() {
    return files.comparator();
  }

  @Override
  public SortedMap<String, byte[]> subMap(String fromKey, String toKey) {
    throw new UnsupportedOperationException("views are not counted");
  }

  @Override
  public SortedMap<String, byte[]> headMap(String toKey) {
    throw new UnsupportedOperationException("views are not counted");
  }

  @Override
  public SortedMap<String, byte[]> tailMap(String fromKey) {
    throw new UnsupportedOperationException("views are not counted");
  }

  @Override
  public String firstKey() {
    return files.firstKey();
  }

  @Override
  public String lastKey() {
    return files.lastKey();
  }
}
