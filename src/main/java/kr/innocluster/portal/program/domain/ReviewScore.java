package kr.innocluster.portal.program.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "review_score")
public class ReviewScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private ReviewAssignment assignment;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_item_id")
    private RubricItem rubricItem;
    private int score;
    private String comment;

    protected ReviewScore() {
    }

    ReviewScore(ReviewAssignment assignment, RubricItem rubricItem, int score, String comment) {
        this.assignment = assignment;
        this.rubricItem = rubricItem;
        this.score = score;
        this.comment = comment;
    }

    void change(int score, String comment) {
        this.score = score;
        this.comment = comment;
    }

    public RubricItem getRubricItem() {
        return rubricItem;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
