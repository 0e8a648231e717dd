package jianfu.demo;

/** How often an agreement is signed late, drafted but never signed, or never drawn up. */
record SignatureOdds(double late, double unsigned, double missing) {

  /**
   * Draws one agreement's signature: LATE, UNSIGNED and MISSING by these chances, else ON_TIME. A
   * late signature of the current year cannot have happened by the snapshot date: the agreement is
   * unsigned so far.
   */
  Signature draw(Dice dice, int year) {
    double draw = dice.uniform(0, 1);
    if (draw < late) {
      return year == Years.CURRENT ? Signature.UNSIGNED : Signature.LATE;
    }
    if (draw < late + unsigned) {
      return Signature.UNSIGNED;
    }
    return draw < late + unsigned + missing ? Signature.MISSING : Signature.ON_TIME;
  }
}
