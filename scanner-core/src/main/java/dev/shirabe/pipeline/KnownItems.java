package dev.shirabe.pipeline;

import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What a store holds, as input to the planning step ({@link ChangePlanner}): its items by id,
 * and the ids held under a root (what may be gone). The inventory answers from its index
 * without loading every entry; {@link #of} answers from memory.
 *
 * @param <E> the store's own entries, handed back to it for the items found unchanged
 */
public interface KnownItems<E extends KnownItem> {

  /** The item held under {@code id}, if any. */
  Optional<E> find(String id) throws IOException;

  /** Gives each id of an item held that is {@code rootId} or lies under it. */
  void forEachUnder(String rootId, Consumer<String> ids) throws IOException;

  /**
   * Gives each id held under {@code rootId} (or at it) of a path a listing met and did not
   * read on purpose (a link, a pipe): forgotten as items are, when a complete listing no
   * longer meets it.
   */
  default void forEachSkippedUnder(String rootId, Consumer<String> ids) throws IOException {}

  /** Items and skipped paths held in memory. */
  static <E extends KnownItem> KnownItems<E> of(Collection<E> items, Collection<String> skipped) {
    TreeMap<String, E> byId = new TreeMap<>();
    items.forEach(item -> byId.put(item.id(), item));
    TreeSet<String> skippedIds = new TreeSet<>(skipped);
    return new KnownItems<>() {
      @Override
      public Optional<E> find(String id) {
        return Optional.ofNullable(byId.get(id));
      }

      @Override
      public void forEachUnder(String rootId, Consumer<String> ids) {
        under(byId.navigableKeySet(), rootId, ids);
      }

      @Override
      public void forEachSkippedUnder(String rootId, Consumer<String> ids) {
        under(skippedIds, rootId, ids);
      }

      private static void under(NavigableSet<String> held, String rootId, Consumer<String> ids) {
        String folder = rootId.endsWith(File.separator) ? rootId : rootId + File.separator;
        for (String id : held.tailSet(rootId, true)) {
          if (!id.equals(rootId) && !id.startsWith(folder)) {
            if (id.compareTo(folder) > 0) {
              break;
            }
            continue; // between the root and its folder ("a-b" sorts before "a/")
          }
          ids.accept(id);
        }
      }
    };
  }
}
