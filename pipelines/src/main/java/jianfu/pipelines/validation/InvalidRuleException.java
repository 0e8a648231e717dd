package jianfu.pipelines.validation;

/** A validation rule of the configuration that jianfu refuses; the message names the rule. */
public final class InvalidRuleException extends IllegalArgumentException {

  InvalidRuleException(String code, String problem) {
    super("validation rule " + code + ": " + problem);
  }
}
