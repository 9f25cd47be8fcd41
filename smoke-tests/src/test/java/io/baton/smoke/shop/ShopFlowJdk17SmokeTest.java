package io.baton.smoke.shop;

import io.baton.testing.Jdk;

/** The shop's end-to-end flow with every service on JDK 17. */
class ShopFlowJdk17SmokeTest extends ShopFlowContract {

  @Override
  Jdk jdk() {
    return Jdk.JDK17;
  }
}
