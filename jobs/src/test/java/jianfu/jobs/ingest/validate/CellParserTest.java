package jianfu.jobs.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.stream.Stream;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates read digit by digit agree with the strict yyyy-MM-dd formatter, value for value. */
class CellParserTest {

  private static final SourceColumn DATE_COLUMN =
      Contract.load().source("applications").column("submitted_on");

  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final CellParser parser = new CellParser();

  @Test
  void readsEveryDayOfFourYearsAsTheFormatterDoes() {
    Stream.iterate(
            LocalDate.of(2023, 1, 1),
            day -> day.isBefore(LocalDate.of(2027, 1, 1)),
            day -> day.plusDays(1))
        .map(LocalDate::toString)
        .forEach(cell -> assertThat(parsed(cell)).as(cell).isEqualTo(formatted(cell)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29",
        "2024-02-29",
        "2100-02-29",
        "2000-02-29",
        "2025-04-31",
        "2025-13-01",
        "2025-00-10",
        "2025-01-00",
        "2025-01-32",
        "0000-01-01",
        "9999-12-31",
        "2025-1-01",
        "2025/01/01",
        "2025-01-01 ",
        "+2025-01-01",
        "-2025-01-01",
        "12025-01-01",
        "2025-01-0a",
        "２０２５-01-01",
        "2025—01-01",
        "20250101"
      })
  void agreesWithTheFormatterOnEdgesAndOtherShapes(String cell) {
    assertThat(parsed(cell)).as(cell).isEqualTo(formatted(cell));
  }

  @Test
  void aDayTheMonthDoesNotHaveIsABadTypeWithTheUsualMessage() {
    Throwable rejected = catchThrowable(() -> parser.parse(DATE_COLUMN, "2025-02-29"));

    assertThat(rejected)
        .isInstanceOfSatisfying(
            RowRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_TYPE))
        .hasMessageContaining("is not a date yyyy-MM-dd");
  }

  private Optional<LocalDate> parsed(String cell) {
    try {
      return Optional.of((LocalDate) parser.parse(DATE_COLUMN, cell));
    } catch (RowRejectedException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> formatted(String cell) {
    try {
      return Optional.of(LocalDate.parse(cell, STRICT));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
