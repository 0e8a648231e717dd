package jianfu.dashboards.superset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV5Test {

  private static final UUID DNS_NAMESPACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

  @Test
  void givesTheExampleOfRfc9562() {
    // given the DNS namespace and the name of RFC 9562 Appendix A.4

    // when
    UUID uuid = UuidV5.of(DNS_NAMESPACE, "www.example.com");

    // then
    assertThat(uuid).hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  }

  @Test
  void isAVersion5UuidThatDependsOnNamespaceAndName() {
    // given
    String name = "charts/burden_by_year.yaml";

    // when
    UUID uuid = UuidV5.of(AssetUuids.NAMESPACE, name);

    // then
    assertThat(uuid.version()).isEqualTo(5);
    assertThat(uuid.variant()).isEqualTo(2);
    assertThat(uuid)
        .isEqualTo(UuidV5.of(AssetUuids.NAMESPACE, name))
        .isNotEqualTo(UuidV5.of(DNS_NAMESPACE, name))
        .isNotEqualTo(UuidV5.of(AssetUuids.NAMESPACE, "charts/burden_by_street.yaml"));
  }
}
