package org.koinagora.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.koinagora.enterprises.Iban;

class DemoIbanTest {

  @Test
  void demoEnterprisesGetValidIbans() {
    for (String vat : new String[] {"094079882", "800000001", "997777777"}) {
      assertTrue(Iban.isValid(DemoLoader.demoIban(vat)), DemoLoader.demoIban(vat));
    }
  }
}
