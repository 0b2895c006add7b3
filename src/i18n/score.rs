//! Texts of the score view and the delegation's own view (ui/score_view.rs, ui/own_view.rs),
//! and the core labels those views show (issue kinds, uncertain numbers).

crate::catalogue! {
    /// Texts of the score view and the delegation's own view (ui/score_view.rs, ui/own_view.rs).
    pub enum Score {
        NeedBoth => "Open a position on both sides to score packages.", "패키지 점수를 계산하려면 양쪽에 입장을 여십시오.";
        Computing => "Computing the joint analysis…", "공동 분석을 계산하는 중…";
        NeedBothMediator => "Open a position on both sides to look for packages.", "패키지를 찾으려면 양쪽에 입장을 여십시오.";
        Looking => "Looking for packages both sides could accept…", "양측이 받아들일 수 있는 패키지를 찾는 중…";
        MediatorHeading => "What the mediator can say", "진행자가 말할 수 있는 것";
        MediatorNote => "Joint session: no side's scores, weights, walk-aways or reservation are shown.", "합동 회의: 어느 쪽의 점수, 가중치, 최저선, 유보점도 표시하지 않습니다.";
        ZopaExists => "A package acceptable to both sides exists.", "양측이 받아들일 수 있는 패키지가 있습니다.";
        ZopaAbsent => "No package on this agenda is acceptable to both sides as the files stand.", "현재 파일대로라면 이 의제에는 양측이 받아들일 수 있는 패키지가 없습니다.";
        Suggested => "Suggested packages", "제안 패키지";
        SuggestedNash => "Balanced (Nash)", "균형 (내시 해)";
        SuggestedKs => "Proportional (Kalai–Smorodinsky)", "비례 (칼라이–스모로딘스키 해)";
        SuggestedMax => "Largest joint gain", "합계 최대";
        Issue => "Issue", "쟁점";
        AnalysisStopped => "the analysis stopped unexpectedly", "분석이 예기치 않게 중단되었습니다";
        /// `{0}`: seconds.
        Recomputing => "Recomputing after an edit ({0} s)… showing the previous analysis.", "편집 후 다시 계산하는 중({0}초)… 이전 분석을 표시합니다.";
        ZopaYes => "ZOPA: yes", "ZOPA: 있음";
        ZopaNone => "ZOPA: none", "ZOPA: 없음";
        /// `{0}` issues, `{1}` frontier size, `{2}` acceptable, `{3}` Thinned/Exact, `{4}` ms.
        StatusLine => "{0} joint issues · frontier {1} packages ({2} acceptable){3} · {4} ms", "공동 쟁점 {0}개 · 경계 패키지 {1}개(수용 가능 {2}개){3} · {4} ms";
        Thinned => " — thinned, approximate", " — 솎아 냄, 근사치";
        Exact => ", exact", ", 정확";
        HowSure => "How sure is this?", "얼마나 확실합니까?";
        /// `{0}`: Refining/FirstSamples, `{1}`: percent done, `{2}`: seconds.
        MonteRunning => "Monte Carlo over the ranges: {0} ({1}%, {2} s)…", "범위에 대한 몬테카를로: {0} ({1}%, {2}초)…";
        Refining => "refining to {0} samples", "표본 {0}개로 정밀화 중";
        FirstSamples => "first {0} samples", "처음 표본 {0}개";
        /// `{0}` samples, `{1}` numbers, `{2}` seed, `{3}` share.
        MonteSummary => "{0} samples of {1} uncertain numbers (triangular: low, most likely, high; seed {2}). Some package is acceptable to both in {3} of them.", "불확실한 수 {1}개의 표본 {0}개(삼각 분포: 하한, 최빈값, 상한, 시드 {2}). 그중 {3}에서 양측이 받아들일 수 있는 패키지가 있습니다.";
        /// `{0}` party, `{1}` p10, `{2}` p90, `{3}` median.
        NashScore => "{0}'s score of the Nash package: {1} – {2} (p10 – p90), median {3}", "내시 해 패키지의 {0} 점수: {1} – {2} (p10 – p90), 중앙값 {3}";
        /// `{0}` left, `{1}` its share, `{2}` right, `{3}` its share, `{4}` both, `{5}` Nash share.
        TodayNash => "Today's Nash package: acceptable to {0} {1} · {2} {3} · both {4}; the Nash package in {5} of the samples.", "현재 내시 해 패키지: 수용 가능 {0} {1} · {2} {3} · 양측 {4}, 표본의 {5}에서 내시 해 패키지입니다.";
        /// `{0}` share, `{1}` NoneBetter/BestFound.
        MostRobustLine => "Most robust package: acceptable to both in {0}{1}", "가장 견고한 패키지: {0}에서 양측 수용 가능{1}";
        NoneBetter => " (none does better)", " (더 나은 것 없음)";
        BestFound => " (best found)", " (찾은 것 중 최선)";
        Use => "use", "사용";
        UseRobust => "Use the most robust package", "가장 견고한 패키지 사용";
        MostRobustPackage => "Most robust package", "가장 견고한 패키지";
        NoRobust => "No package is acceptable to both in any sample.", "어느 표본에서도 양측이 받아들일 수 있는 패키지가 없습니다.";
        AskAfter => "Ask first: after the full run.", "먼저 물을 것: 전체 실행 후 표시합니다.";
        AskNone => "Ask first: knowing any single number would not change the Nash package.", "먼저 물을 것: 어느 수 하나를 알아도 내시 해 패키지는 바뀌지 않습니다.";
        AskHeading => "Ask first: the numbers whose answer most often changes the Nash package", "먼저 물을 것: 답에 따라 내시 해 패키지가 가장 자주 바뀌는 수";
        /// `{0}` party, `{1}` what the number is.
        AskWhat => "{0}'s {1}", "{0}의 {1}";
        /// `{0}` low, `{1}` high, `{2}` mode, `{3}` mode, `{4}` share, `{5}` probed samples.
        AskHover => "Between {0} and {1}, most likely {2}: fixing it at {3} changes the Nash package in {4} of {5} probed samples", "{0}에서 {1} 사이, 최빈값 {2}: {3}(으)로 고정하면 조사한 표본 {5}개 중 {4}에서 내시 해 패키지가 바뀝니다";
        NumReservation => "reservation", "유보점";
        /// `{0}`: issue id.
        NumWeight => "weight of {0}", "{0}의 가중치";
        /// `{0}`: option label, `{1}`: issue id.
        NumValue => "value of \"{0}\" on {1}", "{1}의 \"{0}\" 값";
        OutcomeSpace => "Outcome space", "결과 공간";
        NoJointPlot => "No joint issue: nothing to plot.", "공동 쟁점 없음: 그릴 것이 없습니다.";
        Frontier => "Frontier", "경계";
        AcceptableFrontier => "Acceptable frontier", "수용 가능 경계";
        Nash => "Nash", "내시 해";
        KalaiSmorodinsky => "Kalai–Smorodinsky", "칼라이–스모로딘스키 해";
        MaxJointGain => "Max joint gain", "합계 최대";
        MaxJoint => "Max joint", "합계 최대";
        LeftTarget => "Left target", "왼쪽 목표";
        RightTarget => "Right target", "오른쪽 목표";
        Proposal => "Proposal", "제안";
        MostRobust => "Most robust", "가장 견고";
        FrontierLine => "Frontier line", "경계선";
        ZopaRegion => "ZOPA region", "ZOPA 영역";
        PackagesSample => "Packages (sample)", "패키지 (표본)";
        SampleNash => "Sample Nash points", "표본 내시 해 점";
        /// `{0}`: party.
        AxisScore => "{0} score", "{0} 점수";
        /// `{0}`: party.
        ReservationOf => "{0} reservation", "{0} 유보점";
        /// `{0}`, `{1}`: the parties.
        Key => "Key ({0} / {1})", "범례 ({0} / {1})";
        NoneText => "none", "없음";
        /// `{0}` party, `{1}` the point.
        TargetAt => "{0} target {1}", "{0} 목표 {1}";
        /// `{0}`: count.
        AcceptableCount => "Acceptable frontier ({0})", "수용 가능 경계 ({0})";
        /// `{0}`: count, `{1}`: ThinnedShort or nothing.
        FrontierCount => "Frontier ({0}){1}", "경계 ({0}){1}";
        ThinnedShort => ", thinned", ", 솎아 냄";
        /// `{0}`: count.
        PackagesDrawn => "Packages ({0} drawn)", "패키지 ({0}개 표시)";
        /// `{0}` points, `{1}` samples.
        SampleNashCount => "Sample Nash points ({0} of {1})", "표본 내시 해 점 ({1}개 중 {0}개)";
        /// `{0}` party, `{1}` score.
        ReservationAt => "{0} reservation {1}", "{0} 유보점 {1}";
        Shaded => "Shaded: both reservations met. Hover a point to see its package.", "음영: 양측 유보점 충족. 점에 마우스를 올리면 패키지가 보입니다.";
        ProposalBuilder => "Proposal builder", "제안 작성";
        NoJointPropose => "No joint issue to propose on.", "제안할 공동 쟁점이 없습니다.";
        OpenScored => "Open issues are scored at their common ground.", "미정 쟁점은 공통 기반 옵션으로 점수를 매깁니다.";
        OpenPick => "(open)", "(미정)";
        WalkAwayMark => "  ✖ walk-away", "  ✖ 최저선";
        /// `{0}`: issue id.
        ProposalFor => "Proposal option for {0}", "{0}의 제안 옵션";
        Acceptable => "acceptable", "수용 가능";
        NotAcceptable => "not acceptable", "수용 불가";
        /// `{0}`: the reservation.
        ReservationParen => "(reservation {0})", "(유보점 {0})";
        /// `{0}`: samples.
        OddsHover => "Share of the {0} samples in which this proposal is acceptable", "표본 {0}개 중 이 제안을 받아들일 수 있는 비율";
        OnFrontier => "On the frontier: no package is better for both.", "경계 위: 양측 모두에게 더 나은 패키지가 없습니다.";
        /// `{0}`: points.
        CouldGain => "Both sides could gain {0} points together (distance to the frontier).", "양측이 함께 {0}점을 더 얻을 수 있습니다(경계까지의 거리).";
        /// `{0}`: points.
        CouldGainAcceptable => "Within both walk-aways and reservations they could gain {0} together.", "양측의 최저선과 유보점 안에서 함께 {0}점을 더 얻을 수 있습니다.";
        OnAcceptable => "On the acceptable frontier.", "수용 가능 경계 위에 있습니다.";
        ClearProposal => "Clear proposal", "제안 지우기";
        /// `{0}`: count.
        BetterForBoth => "{0} frontier packages are better for both:", "양측 모두에게 더 나은 경계 패키지 {0}개:";
        FrontierPackage => "Frontier package", "경계 패키지";
        StartFrom => "Start from:", "시작점:";
        /// `{0}` left, `{1}` %, `{2}` right, `{3}` %, `{4}` both %.
        Odds => "\nP(acceptable): {0} {1}% · {2} {3}% · both {4}%", "\nP(수용 가능): {0} {1}% · {2} {3}% · 양측 {4}%";
        BelowWalkAway => " (below walk-away)", " (최저선 미만)";
        NotValued => "not valued: counted as 0", "값 없음: 0으로 계산";
        Issues => "Issues", "쟁점";
        /// `{0}`: left party, `{1}`: right party.
        BarsLegend => "Bars: {0} above, {1} below; faded = below that side's walk-away; ? = not valued; ★ = common ground.", "막대: 위 {0}, 아래 {1} · 흐림 = 그쪽 최저선 미만 · ? = 값 없음 · ★ = 공통 기반";
        /// `{0}` id, `{1}` kind, `{2}` conflict, `{3}` CaresMore/EqualWeight.
        IssueHeader => "{0} — {1} · conflict {2} · {3}", "{0} — {1} · 충돌 {2} · {3}";
        /// `{0}` side, `{1}` left norm, `{2}` right norm.
        CaresMore => "{0} cares more ({1} vs {2})", "{0}이 더 중시 ({1} 대 {2})";
        /// `{0}` left norm, `{1}` right norm.
        EqualWeight => "equal weight ({0} vs {1})", "같은 가중치 ({0} 대 {1})";
        KindCompatible => "compatible", "양립";
        KindDistributive => "distributive", "분배형";
        KindTradeable => "tradeable", "교환 가능";
        Trades => "Trades", "교환";
        NoTrade => "No trade leaves both sides better off than splitting the difference.", "차이를 반씩 나누는 것보다 양측 모두에게 나은 교환이 없습니다.";
        TradesNote => "Each side wins what it weighs more; change against splitting the difference.", "각 측이 더 중시하는 것을 얻습니다. 변화는 차이를 반씩 나눈 경우와 비교한 값입니다.";
        /// `{0}`: party.
        Gets => "{0} gets", "{0} 획득";
        Sensitivity => "Sensitivity of the Nash package", "내시 해 패키지의 민감도";
        NoSensitivity => "No Nash package (no package is acceptable to both), so nothing to test.", "내시 해 패키지가 없어(양측이 받아들일 수 있는 패키지 없음) 검사할 것이 없습니다.";
        SensitivityNote => "How far each weight can move before the Nash package changes.", "내시 해 패키지가 바뀌기 전까지 각 가중치가 움직일 수 있는 범위입니다.";
        SensitivityLarge => "Large agenda: checked against today's frontier only; the ranges are upper bounds.", "큰 의제: 현재 경계에 대해서만 검사했으므로 범위는 상한입니다.";
        Side => "Side", "측";
        Weight => "Weight", "가중치";
        KeepsFrom => "Keeps Nash from", "내시 해 유지: 부터";
        To => "to", "까지";
        Any => "any", "제한 없음";
        NoOwnAnalysis => "No analysis can be shown in this room: it would rest on numbers this room may not see (an estimate is shown only to the delegation that made it).", "이 방에서는 분석을 표시할 수 없습니다. 이 방에서 볼 수 없는 수에 근거하기 때문입니다(추정은 그것을 만든 대표단에게만 표시됩니다).";
        /// `{0}`: party.
        OwnHeading => "{0} analysis", "{0} 분석";
        /// `{0}`: the other party (twice).
        OwnPrivate => "{0}'s values, weights, walk-aways and reservation are private in this room, so no joint score, frontier or acceptability is shown. To analyse both sides, load your delegation's estimate of {0} (a file marked `estimate: true`).", "이 방에서는 {0}의 값, 가중치, 최저선, 유보점이 비공개이므로 공동 점수, 경계, 수용 가능 여부를 표시하지 않습니다. 양측을 분석하려면 대표단이 만든 {0}의 추정(`estimate: true`로 표시된 파일)을 여십시오.";
        EveryTarget => "Every target won", "모든 목표 달성";
        EveryWalkAway => "Every walk-away conceded", "모든 최저선까지 양보";
        ReservationBatna => "Reservation (BATNA)", "유보점 (BATNA)";
        FloorBelow => "Conceding every walk-away falls below the reservation: some issue must end above its walk-away.", "모든 최저선까지 양보하면 유보점보다 낮아집니다. 어떤 쟁점은 최저선보다 높게 끝나야 합니다.";
        WeightLies => "Where the weight lies", "가중치 분포";
        Target => "Target", "목표";
        WalkAway => "Walk-away", "최저선";
        AtStake => "Points at stake", "걸린 점수";
        NoteNoCommon => "the two files have no issue in common with options: there are no packages to score (match issue ids across the files)", "두 파일에 옵션이 있는 공통 쟁점이 없어 점수를 매길 패키지가 없습니다(두 파일의 쟁점 ID를 맞추십시오)";
        /// `{0}` party, `{1}` ids.
        NoteOneSided => "one-sided issues of {0} left out of package analysis: {1}", "{0}에만 있는 쟁점은 패키지 분석에서 제외됨: {1}";
        /// `{0}` issue id.
        NoteNoOptions => "issue {0}: neither side lists any option, so it is left out of package analysis", "쟁점 {0}: 어느 쪽도 옵션을 적지 않아 패키지 분석에서 제외됨";
        /// `{0}` party.
        NoteZeroWeights => "{0} gives every joint issue weight 0: its scores use equal weights instead", "{0}: 모든 공동 쟁점의 가중치가 0이므로 같은 가중치로 점수를 계산함";
        /// `{0}` issue id, `{1}` party, `{2}` options.
        NoteNotValued => "issue {0}: {1} has not valued {2} (counted as 0)", "쟁점 {0}: {1}이(가) {2}에 값을 매기지 않음(0으로 계산)";
        /// `{0}` points per step.
        NoteThinned => "the agenda is too large for an exact frontier: past {0} points per step it was thinned evenly, so the frontier and the points on it are approximate", "의제가 커서 정확한 경계를 구할 수 없습니다. 단계마다 {0}개를 넘는 점은 고르게 솎아 냈으므로 경계와 그 위의 점은 근사치입니다";
        NoteEmptyZopa => "no package is acceptable to both sides (empty ZOPA)", "양측이 받아들일 수 있는 패키지가 없음(ZOPA 없음)";
        NoteSensitivity => "sensitivity was checked against today's acceptable frontier only (agenda too large for the exact check): treat the weight ranges as upper bounds", "민감도는 현재 수용 가능 경계에 대해서만 검사했습니다(정확히 검사하기에는 의제가 큼). 가중치 범위는 상한으로 보십시오";
        NoteNoJoint => "no joint issue: there are no packages, so no ZOPA", "공동 쟁점 없음: 패키지가 없으므로 ZOPA도 없음";
        /// `{0}` issue, `{1}` option, `{2}` left, `{3}` its move, `{4}` right, `{5}` its move.
        NoteBlocked => "issue {0}: no option clears both walk-away points; \"{1}\" would need {2} to lower its walk-away value by {3} and {4} by {5}", "쟁점 {0}: 양측 최저선을 모두 넘는 옵션이 없음. \"{1}\" 옵션을 쓰려면 {2}은(는) 최저선 값을 {3}, {4}은(는) {5}만큼 낮춰야 함";
        /// `{0}` party, `{1}` reservation, `{2}` best.
        NoteUnreachable => "{0} cannot reach its reservation {1}: its best package within the walk-aways scores {2}", "{0}은(는) 유보점 {1}에 이를 수 없음: 최저선 안에서 가장 좋은 패키지가 {2}점";
        /// `{0}`, `{1}`: the reservations.
        NoteNoSingle => "each side can reach its reservation, but no single package reaches both ({0} and {1})", "각 측은 유보점에 이를 수 있지만 두 유보점({0}, {1})을 함께 충족하는 패키지는 없음";
        /// `{0}` party, `{1}` points.
        NoteMoveAlone => "{0} alone would have to lower its reservation by {1} points", "{0}이(가) 혼자 유보점을 {1}점 낮춰야 함";
        /// `{0}` party.
        NoteMoveAloneCannot => "{0} lowering its reservation alone cannot open a ZOPA", "{0}이(가) 혼자 유보점을 낮춰서는 ZOPA가 생기지 않음";
        /// `{0}` points.
        NoteMoveBoth => "or both lower their reservations by {0} points each", "또는 양측이 각각 유보점을 {0}점씩 낮춤";
    }
}
