package jianfu.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * association_contributions: what each self-governance association did in every closed year it was
 * registered in (8-22 practical matters and 5,000-60,000 yuan raised a year; a part of that in the
 * year it was registered). Like deliveries and ratings, a year's are recorded when it closes.
 */
final class AssociationContributions {

  private AssociationContributions() {}

  static void write(Tables tables, List<SocialOrganisation> organisations, Dice dice) {
    CsvTable out = tables.get("association_contributions");
    List<SocialOrganisation> associations =
        organisations.stream()
            .filter(o -> o.category() == OrganisationCategory.SELF_GOVERNANCE)
            .toList();
    for (SocialOrganisation association : associations) {
      for (int year : Years.CLOSED) {
        LocalDate yearEnd = Years.yearEnd(year);
        if (!association.activeAt(yearEnd)) {
          continue;
        }
        double part =
            association.registeredOn().getYear() == year
                ? ChronoUnit.DAYS.between(association.registeredOn(), yearEnd) / 365.0
                : 1;
        out.write(
            out.row()
                .set("org_id", association.id())
                .set("year", year)
                .set("matters", Math.round(dice.between(8, 22) * part))
                .set(
                    "funding_yuan",
                    "%d.00".formatted(Math.round(dice.between(50, 600) * part) * 100)));
      }
    }
  }
}
