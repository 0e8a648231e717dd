package jianfu.cli;

import java.util.Arrays;
import java.util.Locale;
import jianfu.demo.Scale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --scale district|city|province}, in any case. */
final class ScaleConverter implements ITypeConverter<Scale> {

  @Override
  public Scale convert(String value) {
    try {
      return Scale.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "'"
              + value
              + "' is not a scale; use one of "
              + Arrays.stream(Scale.values())
                  .map(scale -> scale.name().toLowerCase(Locale.ROOT))
                  .toList());
    }
  }
}
