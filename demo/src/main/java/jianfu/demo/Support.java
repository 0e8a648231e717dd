package jianfu.demo;

import java.math.BigDecimal;

/** The people, money and materials (人财物) an application provides to each community in scope. */
record Support(int personnel, BigDecimal fundingYuan, String materials) {

  static Support none() {
    return new Support(0, BigDecimal.ZERO.setScale(2), null);
  }

  boolean promisesMaterials() {
    return materials != null;
  }

  boolean promisesAnything() {
    return personnel > 0 || fundingYuan.signum() > 0 || promisesMaterials();
  }
}
