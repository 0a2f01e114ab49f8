package dev.shirabe.web;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.KeyedHasher;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the web page shows and how.
 *
 * @param inventory opens the inventory as last committed (once per request)
 * @param hasher the key lookups hash with (the inventory's)
 * @param policy the policy whose labels the pages show
 * @param reveal whether pages may show the criteria as typed and the excerpts the inventory
 *     keeps; without it, masked values only
 * @param zone the time zone of the reports' times
 */
public record ServeSettings(Opener inventory, KeyedHasher hasher, Policy policy, boolean reveal,
    ZoneId zone) {

  public ServeSettings {
    Objects.requireNonNull(inventory, "inventory");
    Objects.requireNonNull(hasher, "hasher");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(zone, "zone");
  }

  /** Opens the inventory; what cannot be used throws with a message for people. */
  @FunctionalInterface
  public interface Opener {
    InventorySearcher open() throws IOException;
  }
}
