package jianfu.schemas.settings;

/**
 * One validation rule of conf/jianfu.yml {@code validation.rules} (docs/indicators.md, {@code
 * validation_violations}): a community-year violates it when {@code check} is false.
 *
 * @param code what the validation_violations mart calls the rule
 * @param nameZh what a reader is told in Chinese
 * @param nameEn and in English
 * @param check a true/false condition in the subset of SQL that jianfu.pipelines.validation accepts
 */
public record ValidationRule(String code, String nameZh, String nameEn, String check) {}
