package jianfu.demo;

/** applications, and application_scope for those that list their communities. */
final class ApplicationTables {

  private ApplicationTables() {}

  static void write(Tables tables, DistrictPlan plan) {
    CsvTable applications = tables.get("applications");
    CsvTable scopes = tables.get("application_scope");
    for (Application application : plan.book().all()) {
      Matter matter = application.matter();
      Support support = application.support();
      applications.write(
          applications
              .row()
              .set("application_id", application.id())
              .set("dept_code", matter.department().code())
              .set("title", "关于在社区" + matter.type().verb + matter.title() + "的准入申请")
              .set("matter_type", matter.type())
              .set(
                  "legal_basis",
                  plan.breaches().breaks(application, ComplianceBreach.WITHOUT_LEGAL_BASIS)
                      ? null
                      : application.legalBasis())
              .set("scope", application.scope().all() ? "ALL" : "LISTED")
              .set("support_personnel", support.personnel())
              .set("support_funding_yuan", support.fundingYuan())
              .set("support_materials", support.materials())
              .set("submitted_on", application.submittedOn())
              .set("status", application.status())
              .set("decided_on", application.decidedOn())
              .set("reason", application.reason())
              .set("resubmission_of", application.resubmissionOf())
              .set("revoked_on", application.revokedOn()));
      if (!application.scope().all()) {
        for (Community community : application.scope().communities(plan.district())) {
          scopes.write(
              scopes
                  .row()
                  .set("application_id", application.id())
                  .set("org_code", community.code()));
        }
      }
    }
  }
}
