package kr.innocluster.portal.grant;

/**
 * A budget line (비목) of the agreement in force: budget = grant + own contribution; spent = expenses not disallowed
 * (what counts against the cap); accepted = what officials accepted; left = what may still be spent.
 */
public record BudgetLineView(long id, String category, long grantAmount, long ownAmount, long spent, long accepted,
                             long disallowed) {

    public long budget() {
        return grantAmount + ownAmount;
    }

    public long left() {
        return budget() - spent;
    }
}
