package jianfu.demo;

/**
 * A community or village. {@code size} (0..1) scales the burden it carried before the reform;
 * {@code pace} (around 1) says how much of it it still carries afterwards compared with its peers;
 * {@code slippage} is the share of its latest-year matters that come without approval.
 */
record Community(
    int index,
    String code,
    String name,
    Street street,
    CommunityType type,
    int residents,
    double size,
    double pace,
    double slippage) {

  /** How many of the matters it carries in the latest year come without approval. */
  int unadmittedOf(int latest) {
    return (int) Math.round(latest * slippage);
  }
}
