package jianfu.demo;

import java.util.List;

/** A body that may ask communities for work, and the topics its requests are about. */
record Department(
    String code, String name, Category category, Conduct conduct, List<String> topics) {}
