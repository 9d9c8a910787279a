package org.koinagora.invoicing.mydata;

/** An enterprise's AADE user id and its myDATA subscription key (decrypted only to send). */
public record MyDataCredentials(String userId, String subscriptionKey) {

  @Override
  public String toString() {
    return "MyDataCredentials[" + userId + ", ****]";
  }
}
