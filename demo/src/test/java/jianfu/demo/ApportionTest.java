package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApportionTest {

  @Test
  void theLargestRemaindersTakeWhatFlooringLeaves() {
    // given 7 over weights 2:1 (exact shares 4.67 and 2.33)
    // when apportioned
    int[] shares = Apportion.of(7, new double[] {2, 1});
    // then the floors 4 and 2 leave one, which goes to the larger remainder
    assertThat(shares).containsExactly(5, 2);
  }

  @Test
  void equalRemaindersAreServedInOrder() {
    assertThat(Apportion.of(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
  }

  @Test
  void aCappedShareGivesItsExcessToTheOthers() {
    // given 10 over equal weights, the first capped at 2
    // when apportioned
    int[] shares = Apportion.capped(10, new double[] {1, 1, 1}, new int[] {2, 10, 10});
    // then the first keeps 2 and the other two split the remaining 8
    assertThat(shares).containsExactly(2, 4, 4);
  }

  @Test
  void moreThanTheCapsHoldIsRefused() {
    assertThatThrownBy(() -> Apportion.capped(5, new double[] {1, 1}, new int[] {2, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
