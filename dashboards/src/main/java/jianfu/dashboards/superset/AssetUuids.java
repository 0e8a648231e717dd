package jianfu.dashboards.superset;

import java.util.UUID;

/**
 * Every object of the bundle is named by the path of its file in the bundle: its UUID is the UUIDv5
 * of that path in a fixed namespace. Every build, and so every re-import, names the same objects,
 * and Superset updates them instead of adding copies. Renaming a file makes a new object.
 */
public final class AssetUuids {

  /** Chosen once for jianfu; changing it would duplicate every object on the next import. */
  static final UUID NAMESPACE = UUID.fromString("fe63443f-8eba-458c-b132-8b5184e3fc10");

  private AssetUuids() {}

  /**
   * The UUID of the object in bundle file {@code path}, e.g. {@code charts/burden_by_year.yaml}.
   */
  public static UUID of(String path) {
    return UuidV5.of(NAMESPACE, path);
  }
}
