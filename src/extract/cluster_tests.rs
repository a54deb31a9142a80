//! Unit tests of the clustering rules (`cluster`), one per rule.

use super::*;

/// A report in place 7 with the given id, existing event, status, resolved day range and
/// participants.
fn report(
    int: &mut Interner,
    id: i64,
    event: Option<i64>,
    status: Status,
    date: Option<(&str, &str)>,
    people: &[i64],
) -> Report {
    int.report(ReportColumns {
        id,
        event_id: event,
        status,
        date_text: None,
        date,
        precision: match date {
            Some((s, e)) if s == e => Precision::Day,
            Some(_) => Precision::Month,
            None => Precision::Unresolved,
        },
        place: Some(7),
        place_text: Some("باكو"),
        participants_text: None,
        content_key: Some(&id.to_be_bytes()),
        start: 0,
        kind: EventKind::Meeting,
        who: people.iter().map(|&p| (p, Role::Participant)).collect(),
    })
}

/// A report of one resolved day, naming no participants.
fn on(int: &mut Interner, id: i64, event: Option<i64>, status: Status, day: &str) -> Report {
    report(int, id, event, status, Some((day, day)), &[])
}

fn clusters(p: &Plan) -> Vec<Vec<i64>> {
    p.events
        .iter()
        .map(|e| e.members.iter().map(|m| m.0).collect())
        .collect()
}

#[test]
fn overlapping_resolved_dates_cluster_and_disjoint_ones_do_not() {
    let mut i = Interner::default();
    let rows = vec![
        on(&mut i, 1, None, Status::Held, "2025-07-24"),
        report(
            &mut i,
            2,
            None,
            Status::Planned,
            Some(("2025-07-01", "2025-07-31")),
            &[],
        ),
        on(&mut i, 3, None, Status::Held, "2025-07-25"),
    ];
    let p = plan(rows);
    // Day-precise reports first: 24 July takes the July-wide report, 25 July cannot join
    // (the cluster's common range is 24 July only).
    assert_eq!(clusters(&p), vec![vec![1, 2], vec![3]]);
    assert_eq!(p.events[0].fields.date.0.as_deref(), Some("2025-07-24"));
    assert_eq!(p.events[0].fields.date.2, Precision::Day);
}

#[test]
fn disjoint_participants_are_different_meetings() {
    let mut i = Interner::default();
    let rows = vec![
        report(&mut i, 1, None, Status::Held, None, &[10, 11]),
        report(&mut i, 2, None, Status::Held, None, &[12, 13]),
        // one named side: joins the cast it belongs to
        report(&mut i, 3, None, Status::Held, None, &[12]),
        // a side nobody else names: a meeting of its own
        report(&mut i, 4, None, Status::Held, None, &[14]),
        // no side and no date: nothing ties it to any of them but the place and month
        report(&mut i, 5, None, Status::Held, None, &[]),
    ];
    assert_eq!(
        clusters(&plan(rows)),
        vec![vec![1], vec![2, 3], vec![4], vec![5]]
    );
}

#[test]
fn disagreements_are_noted_as_conflicts() {
    let mut i = Interner::default();
    let rows = vec![
        on(&mut i, 1, None, Status::Held, "2025-07-24"),
        on(&mut i, 2, None, Status::Planned, "2025-07-24"),
    ];
    let p = plan(rows);
    assert_eq!(p.events.len(), 1);
    let f = &p.events[0].fields;
    assert_eq!(f.status, Status::Held);
    assert_eq!(f.conflict.as_deref(), Some("status: held vs planned"));
    let mut i = Interner::default();
    let agree = vec![
        report(&mut i, 1, None, Status::Held, None, &[]),
        report(&mut i, 2, None, Status::Unknown, None, &[]),
    ];
    assert_eq!(plan(agree).events[0].fields.conflict, None);
}

#[test]
fn clusters_keep_the_lowest_existing_event_id_once() {
    let mut i = Interner::default();
    let rows = vec![
        on(&mut i, 1, Some(40), Status::Held, "2025-07-24"),
        on(&mut i, 2, Some(30), Status::Held, "2025-07-24"),
        on(&mut i, 3, Some(30), Status::Held, "2025-07-28"),
        on(&mut i, 4, Some(50), Status::Held, "2025-07-29"),
    ];
    let p = plan(rows);
    assert_eq!(clusters(&p), vec![vec![1, 2], vec![3], vec![4]]);
    let keep: Vec<Option<i64>> = p.events.iter().map(|e| e.keep).collect();
    // 30 goes to the first cluster; the second cannot take it again and becomes a new event.
    assert_eq!(keep, vec![Some(30), None, Some(50)]);
    assert_eq!(p.left, vec![40]);
}

#[test]
fn participants_are_credited_to_the_lowest_report() {
    let mut i = Interner::default();
    let rows = vec![
        report(&mut i, 9, None, Status::Held, None, &[10, 11]),
        report(&mut i, 5, None, Status::Held, None, &[11, 10]),
    ];
    let p = plan(rows);
    assert_eq!(
        p.events[0].participants,
        vec![(10, Role::Participant, 5), (11, Role::Participant, 5)]
    );
}

#[test]
fn keys_and_buckets() {
    let d = |s: &str| parse_day(s).unwrap();
    let r = when::Resolved {
        start: d("2025-07-24"),
        end: d("2025-07-24"),
        precision: Precision::Day,
    };
    assert_eq!(
        cluster_key(Some(7), &[3, 1], Some(&r), None).unwrap(),
        "place:7@2025-07"
    );
    assert_eq!(
        cluster_key(None, &[3, 1, 3], None, Some(d("2025-06-02"))).unwrap(),
        "who:1,3@2025-06"
    );
    assert_eq!(cluster_key(None, &[], Some(&r), None), None);
    assert_eq!(cluster_key(Some(7), &[], None, None).unwrap(), "place:7@?");
    let y = when::Resolved {
        precision: Precision::Year,
        ..r
    };
    assert_eq!(time_bucket(Some(&y), None), "2025");
    assert_eq!(key_base("place:7@2025-07"), "place:7");
}

#[test]
fn a_shared_place_and_month_alone_never_clusters() {
    let mut i = Interner::default();
    let rows = vec![
        // an interview with a party leader in the place, undated
        report(&mut i, 1, None, Status::Held, None, &[20]),
        // talks whose delegation came back to the place, undated and naming nobody
        report(&mut i, 2, None, Status::Unknown, None, &[]),
        // another undated report naming nobody
        report(&mut i, 3, None, Status::Held, None, &[]),
    ];
    assert_eq!(clusters(&plan(rows)), vec![vec![1], vec![2], vec![3]]);
}

#[test]
fn an_undated_report_joins_the_meeting_whose_people_it_names() {
    let mut i = Interner::default();
    let rows = vec![
        // content order: the dated report without people comes first, then the undated one
        // naming 10 and 11, then the dated one naming them: all one meeting
        on(&mut i, 1, None, Status::Held, "2025-07-24"),
        report(&mut i, 2, None, Status::Held, None, &[10, 11]),
        report(
            &mut i,
            3,
            None,
            Status::Held,
            Some(("2025-07-24", "2025-07-24")),
            &[10, 11],
        ),
    ];
    let p = plan(rows);
    assert_eq!(clusters(&p), vec![vec![1, 3, 2]]);
}
