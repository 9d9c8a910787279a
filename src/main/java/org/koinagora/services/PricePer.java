package org.koinagora.services;

/** What a slot service's price and a booking's quantity count: people, or jobs. */
public enum PricePer {
  PERSON,
  JOB
}
