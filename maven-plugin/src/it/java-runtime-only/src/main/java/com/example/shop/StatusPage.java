package com.example.shop;

import com.example.shop.badges.Badges;
import com.example.shop.badges.Badges.OperationRunOutcome;
import dev.unifiedbadges.runtime.Badge;

/** Renders badges from server data with the generated constants. */
public final class StatusPage {

  private StatusPage() {}

  public static String render(String outcomeFromDatabase) {
    Badge partial = OperationRunOutcome.PARTIAL;
    Badge fromData = OperationRunOutcome.resolve(outcomeFromDatabase);
    Badge severity = Badges.resolve("finding.severity", " HIGH ");
    return Badges.html(partial) + "\n" + Badges.html(fromData) + "\n" + Badges.html(severity);
  }
}
