Feature: xfers between alice's own accounts
  HB xfer tickets written as scenarios. Accounts go by their last four,
  "hit Review" is the Continue button and "hit Send" is Confirm transfer.

  Background:
    Given I log on as alice on the xfer page

  Scenario: HB-250 happy path xfer gets a TX ref
    When I xfer 200 from 4821 to 7730
    And I hit Review
    And I hit Send
    Then I see "$200.00 sent from Checking to Savings"
    And I see "TX-1005"

  Scenario Outline: HB-230 review shows the amount we typed
    When I xfer <typed> from <from> to <to>
    And I hit Review
    Then I see "Confirm your transfer"
    And I see "<shown>"

    Examples:
      | typed  | from | to   | shown     |
      | 125.50 | 4821 | 7730 | $125.50   |
      | $1,000 | 7730 | 4821 | $1,000.00 |

  Scenario: HB-233 Edit on review keeps the amount
    When I xfer 75 from 4821 to 7730
    And I hit Review
    And I hit Edit
    Then the amount still says 75
    And I don't see "Confirm your transfer"
