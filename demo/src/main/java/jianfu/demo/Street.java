package jianfu.demo;

/** A street (街道) or town (镇) of the district. */
record Street(String code, String name) {}
