package com.example.shop;

import com.example.shop.badges.Badges;
import com.example.shop.badges.Badges.OperationRunOutcome;

/** A value misspelled in code: javac, not a page in production, finds it. */
public final class StatusPage {

  private StatusPage() {}

  public static String render() {
    return Badges.html(OperationRunOutcome.PARTAIL);
  }
}
