package io.baton.smoke.shop;

import io.baton.testing.Jdk;

/** The shop's end-to-end flow with every service on JDK 25 (the broker stays on the test JDK). */
class ShopFlowJdk25SmokeTest extends ShopFlowContract {

  @Override
  Jdk jdk() {
    return Jdk.JDK25;
  }
}
