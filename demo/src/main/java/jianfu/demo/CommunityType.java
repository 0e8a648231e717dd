package jianfu.demo;

/** Urban residents' community (社区) or rural village (村), as org_units.community_type. */
enum CommunityType {
  URBAN,
  RURAL
}
