package jianfu.demo;

/**
 * How a matter's title is made from a topic ("垃圾分类" + "入户宣传"), and the kind it then has
 * (signboards.kind, activities.kind; null where the table has no kind).
 */
record Wording(String kind, String suffix) {

  static Wording plain(String suffix) {
    return new Wording(null, suffix);
  }
}
