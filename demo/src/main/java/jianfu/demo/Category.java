package jianfu.demo;

/** departments.category. */
enum Category {
  PARTY,
  GOVERNMENT,
  MASS_ORG,
  VERTICAL,
  OTHER
}
