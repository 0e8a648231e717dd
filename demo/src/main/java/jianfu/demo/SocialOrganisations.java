package jianfu.demo;

import java.util.List;

/** social_organisations: the roster as registered, names and all (they are never published). */
final class SocialOrganisations {

  private SocialOrganisations() {}

  static void write(Tables tables, List<SocialOrganisation> organisations) {
    CsvTable out = tables.get("social_organisations");
    for (SocialOrganisation organisation : organisations) {
      out.write(
          out.row()
              .set("org_id", organisation.id())
              .set("name", organisation.name())
              .set("org_code", organisation.baseCode())
              .set("category", organisation.category())
              .set("registered_on", organisation.registeredOn())
              .set("deregistered_on", organisation.deregisteredOn())
              .set("fostered", organisation.fostered()));
    }
  }
}
