package jianfu.demo;

/**
 * undertaking_agreements (社区(村)承接工作协议书): every year from the reform's launch, each street signs
 * with each of its communities the agreement under which the community takes on entrusted work.
 * Most are signed in time, some late, some drafted and never signed, some never drawn up.
 */
final class UndertakingAgreements {

  static final SignatureOdds ODDS = new SignatureOdds(0.05, 0.03, 0.04);

  private UndertakingAgreements() {}

  static void write(Tables tables, DistrictPlan plan, Dice dice) {
    CsvTable out = tables.get("undertaking_agreements");
    for (int year : Years.AGREED) {
      for (Community community : plan.district().communities()) {
        Signature signature = ODDS.draw(dice, year);
        if (signature != Signature.MISSING) {
          out.write(
              out.row()
                  .set("org_code", community.code())
                  .set("year", year)
                  .set("signed_on", signature.signedOn(year, dice)));
        }
      }
    }
  }
}
