package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

  @Test
  void constantsAreUpperSnakeCaseOfTheKebabName() {
    assertEquals("IN_PROGRESS", JavaNames.constant(Names.kebab("in_progress")));
    assertEquals("IN_PROGRESS", JavaNames.constant(Names.kebab("inProgress")));
    assertEquals("SAFETY_STOP_TRIGGERED", JavaNames.constant("safety-stop-triggered"));
  }

  @Test
  void keywordsAndLeadingDigitsBecomeValidIdentifiers() {
    assertEquals("CLASS", JavaNames.constant("class"));
    assertEquals("DEFAULT", JavaNames.constant("default"));
    assertEquals("_9LIVES", JavaNames.constant("9lives"));
    assertEquals("Class", JavaNames.className("class"));
    assertEquals("_9lives", JavaNames.className("9lives"));
    assertEquals(
        "\u00fcN\u00efC\u00f6D\u00e9",
        JavaNames.constant("\u00fcn\u00efc\u00f6d\u00e9"),
        "only ASCII letters change case");
    assertEquals("_\u0661\u0662", JavaNames.constant("\u0661\u0662"), "Arabic-Indic digits");
  }

  @Test
  void classNamesMarkEveryPartSoNoTwoKebabNamesShareOne() {
    assertEquals("OperationRunOutcome", JavaNames.className("operation-run-outcome"));
    assertEquals("A_1b", JavaNames.className("a-1b"));
    assertEquals("A1b", JavaNames.className("a1b"));
    assertEquals("Stra\u00dfe_\u00fcber", JavaNames.className("stra\u00dfe-\u00fcber"));
  }

  @Test
  void aDomainCalledLikeTheOuterClassGetsATrailingUnderscore() {
    assertEquals("Badges_", JavaNames.className("badges"));
  }

  @Test
  void distinctKebabNamesGiveDistinctValidNonKeywordNames() {
    Random random = new Random(13);
    String alphabet = "abcz019-\u00e9\u00df\u0130\u0661";
    Map<String, String> constants = new HashMap<>();
    Map<String, String> classes = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = 1 + random.nextInt(6); n > 0; n--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String kebab = Names.kebab(sb.toString());
      if (kebab.isEmpty()) {
        continue;
      }
      String constant = JavaNames.constant(kebab);
      String type = JavaNames.className(kebab);
      assertTrue(SourceVersion.isName(constant), constant);
      assertTrue(SourceVersion.isName(type), type);
      String before = constants.putIfAbsent(constant, kebab);
      assertTrue(before == null || before.equals(kebab), before + " and " + kebab);
      before = classes.putIfAbsent(type, kebab);
      assertTrue(before == null || before.equals(kebab), before + " and " + kebab);
    }
  }

  @Test
  void aPackageIsDotSeparatedIdentifiersThatAreNoKeywords() {
    for (String good :
        List.of("badges", "com.example.badges", "com.example_1.\u00e9t\u00e9", "a$b")) {
      assertEquals(Optional.empty(), JavaNames.packageProblem(good), good);
    }
    assertEquals(
        Optional.of("'class' is a Java keyword or literal"),
        JavaNames.packageProblem("com.example.class"));
    assertEquals(
        Optional.of("'default' is a Java keyword or literal"), JavaNames.packageProblem("default"));
    assertEquals(
        Optional.of("'true' is a Java keyword or literal"), JavaNames.packageProblem("x.true"));
    assertEquals(
        Optional.of("'1st' is not a Java identifier"), JavaNames.packageProblem("com.1st"));
    assertEquals(
        Optional.of("'my-app' is not a Java identifier"),
        JavaNames.packageProblem("com.my-app.badges"));
    assertEquals(
        Optional.of("it has an empty part between dots"), JavaNames.packageProblem("com..x"));
    assertEquals(
        Optional.of("it has an empty part between dots"), JavaNames.packageProblem("com.x."));
    assertEquals(Optional.of("it is empty"), JavaNames.packageProblem(""));
    assertEquals(
        Optional.of("packages under 'java' are reserved for the JDK"),
        JavaNames.packageProblem("java.badges"));
  }
}
