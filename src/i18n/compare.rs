//! Texts of the diff and merge views and the modal questions (ui/diff_view.rs, ui/merge_view.rs,
//! ui/modals.rs), and the core labels those views show (change kinds, concessions, conflicts).

crate::catalogue! {
    /// Texts of the diff and merge views and the modal questions (ui/diff_view.rs, ui/merge_view.rs, ui/modals.rs).
    pub enum Compare {
        NothingToCompare => "Nothing to compare.", "비교할 것이 없습니다.";
        /// `{0}`, `{1}`: the parties.
        SidesFiles => "{0} file ↔ {1} file", "{0} 파일 ↔ {1} 파일";
        /// `{0}`: the party.
        SavedVsEdits => "{0}: saved file ↔ unsaved edits", "{0}: 저장된 파일 ↔ 저장 안 된 편집";
        CompareColon => "Compare:", "비교:";
        Compare => "Compare", "비교";
        NoDifferences => "No differences: the two files hold the same data.", "차이 없음: 두 파일의 데이터가 같습니다.";
        /// `{0}`: count, `{1}`: the kind (added, removed…).
        KindCount => "{0} {1}", "{1} {0}개";
        /// `{0}`: count.
        HeaderCount => "{0} header", "머리글 {0}개";
        OnlyChanges => "Only changes", "변경만";
        OnlyChangesHover => "Hide the issues that are the same on both sides", "양쪽이 같은 쟁점을 숨깁니다";
        Previous => "Previous", "이전";
        Next => "Next", "다음";
        /// `{0}`: current, `{1}`: count.
        ChangeOf => "change {0} of {1}", "변경 {0}/{1}";
        /// `{0}`: count, `{1}`: the key.
        ChangesStep => "{0} changes: {1} to step through", "변경 {0}개: {1} 키로 이동";
        /// `{0}`: issue id.
        ShowInWorkspace => "Show {0} in the workspace", "작업 공간에서 {0} 보기";
        ShowInWorkspaceHover => "Select this issue in the main table", "기본 표에서 이 쟁점을 선택합니다";
        IssueField => "Issue / field", "쟁점 / 필드";
        /// `{0}`: file name, `{1}`: party, `{2}`: round.
        ColumnHead => "{0} ({1}, round {2})", "{0} ({1}, 라운드 {2})";
        Header => "header", "머리글";
        /// `{0}`: issue id.
        ChangedAndMoved => "{0}: changed and moved", "{0}: 변경 및 이동됨";
        /// `{0}`: issue id.
        SameOnBoth => "{0}: the same on both sides", "{0}: 양쪽이 같음";
        /// `{0}`: the other issue id.
        LikelyRename => " (likely rename of {0})", " ({0}의 이름 변경으로 추정)";
        ShowIssueHover => "Show this issue in the workspace", "작업 공간에서 이 쟁점 보기";
        NotInFile => "(not in this file)", "(이 파일에 없음)";
        NoneParen => "(none)", "(없음)";
        OrderChanged => "  (order changed)", "  (순서 변경됨)";
        KindAdded => "added", "추가됨";
        KindRemoved => "removed", "삭제됨";
        KindChanged => "changed", "변경됨";
        KindMoved => "moved", "이동됨";
        /// `{0}` party, `{1}` issue count, `{2}` points, `{3}` other party.
        MovedOnOther => "{0} moved on {1} issues ({2} {3} points)", "{0}: 쟁점 {1}개에서 양보 ({3} {2}점)";
        /// `{0}` party, `{1}` points, `{2}` other party.
        MovedOnOtherOne => "{0} moved on 1 issue ({1} {2} points)", "{0}: 쟁점 1개에서 양보 ({2} {1}점)";
        /// `{0}` party, `{1}` issue count, `{2}` own points.
        MovedOwn => "{0} moved on {1} issues (gave up {2} of its own points at its targets)", "{0}: 쟁점 {1}개에서 양보 (목표에서 자기 점수 {2}점 포기)";
        /// `{0}` party, `{1}` own points.
        MovedOwnOne => "{0} moved on 1 issue (gave up {1} of its own points at its targets)", "{0}: 쟁점 1개에서 양보 (목표에서 자기 점수 {1}점 포기)";
        /// `{0}` file, `{1}` resolved, `{2}` count.
        MergeHeading => "Merge conflicts in {0} — {1} of {2} resolved", "{0}의 병합 충돌 — {2}개 중 {1}개 해결";
        MergeHelp => "Pick ours, theirs or the base for each conflict, or edit the lines and use them. Saving writes a clean file over the conflicted one and opens it.", "충돌마다 우리 쪽, 상대 쪽 또는 기준본을 고르거나 줄을 편집해 사용하십시오. 저장하면 충돌이 있던 파일에 정리된 파일을 덮어쓰고 엽니다.";
        Unresolved => "unresolved", "미해결";
        ToOurs => "→ ours", "→ 우리 쪽";
        ToTheirs => "→ theirs", "→ 상대 쪽";
        ToBase => "→ base", "→ 기준본";
        ToEdited => "→ edited", "→ 편집됨";
        /// `{0}` number, `{1}` count, `{2}` where, `{3}` line, `{4}` status.
        ConflictOf => "Conflict {0} of {1}: {2} (line {3}) — {4}", "충돌 {0}/{1}: {2} ({3}행) — {4}";
        /// `{0}` issue id, `{1}` field.
        AboutIssueField => "issue {0}, field {1}", "쟁점 {0}, 필드 {1}";
        /// `{0}` field.
        AboutHeaderField => "the header, field {0}", "머리글, 필드 {0}";
        /// `{0}` issue id.
        AboutIssue => "issue {0} (deleted on one side, edited on the other)", "쟁점 {0} (한쪽은 삭제, 다른 쪽은 편집)";
        /// `{0}` issue id.
        AboutIssueOnly => "issue {0}", "쟁점 {0}";
        AboutFile => "the file", "파일 전체";
        TakeOurs => "Take ours", "우리 쪽 사용";
        TakeBase => "Take base", "기준본 사용";
        TakeTheirs => "Take theirs", "상대 쪽 사용";
        Ours => "Ours", "우리 쪽";
        Base => "Base", "기준본";
        Theirs => "Theirs", "상대 쪽";
        /// `{0}`: conflict number.
        ResolveWith => "Resolve conflict {0} with these lines", "이 줄로 충돌 {0} 해결";
        /// `{0}`: conflict number.
        EditLines => "Edit the lines of conflict {0}", "충돌 {0}의 줄 편집";
        /// `{0}`: conflict number.
        LinesFor => "Lines for conflict {0}", "충돌 {0}의 줄";
        UseEdited => "Use edited lines", "편집한 줄 사용";
        DeletedHere => "(nothing: deleted on this side)", "(없음: 이쪽에서 삭제됨)";
        /// `{0}`: the wider room.
        RoomQuestion => "Show the {0} view?", "{0} 보기로 전환하시겠습니까?";
        /// `{0}`: the room now, `{1}`: the wider room.
        RoomWarning => "The screen now shows what the {0} room may see. The {1} view shows more: private fields (values, weights, walk-aways, reservations, BATNAs) may appear. Make sure no one else can see this screen.", "지금 화면은 {0} 방이 볼 수 있는 내용입니다. {1} 보기는 더 많이 보여 주므로 비공개 필드(값, 가중치, 최저선, 유보점, BATNA)가 나타날 수 있습니다. 다른 사람이 이 화면을 볼 수 없는지 확인하십시오.";
        /// `{0}`: the wider room.
        RoomShow => "Show {0}", "{0} 보기";
        /// `{0}`: the room now.
        RoomStay => "Stay in {0}", "{0}에 머무르기";
        RestoreQuestion => "Restore unsaved edits?", "저장 안 된 편집을 복원하시겠습니까?";
        RestoreWhy => "Accord did not close normally last time. These unsaved edits were kept:", "지난번에 Accord가 정상적으로 종료되지 않았습니다. 저장 안 된 다음 편집이 보관되어 있습니다:";
        /// `{0}` side, `{1}` file, `{2}` party, `{3}` issues, `{4}` minutes.
        RestoreItem => "• {0} side: {1} ({2}, {3} issues), autosaved {4} min ago", "• {0}: {1} ({2}, 쟁점 {3}개), {4}분 전 자동 저장";
        NewPosition => "a new position", "새 입장";
        Restore => "Restore", "복원";
        DiscardThem => "Discard them", "복원 안 함";
        BeforeClosing => "before closing", "닫기 전에";
        /// `{0}`: the file.
        BeforeOpening => "before opening {0}", "{0} 파일을 열기 전에";
        UnsavedChanges => "Unsaved changes", "저장 안 된 변경";
        /// `{0}`: the files, `{1}`: BeforeClosing/BeforeOpening.
        SaveQuestion => "Save the changes to {0} {1}?", "{1} {0}의 변경을 저장하시겠습니까?";
        And => " and ", " 및 ";
        Save => "Save", "저장";
        Discard => "Discard", "저장 안 함";
        Cancel => "Cancel", "취소";
        // ---- Before a save that would drop comments ----
        /// `{0}`: the shared name.
        AnchorShared => "shared field `{0}`", "공유 필드 `{0}`";
        /// `{0}`: the issue's id.
        AnchorIssue => "issue {0}", "쟁점 {0}";
        /// `{0}`: the option, `{1}`: the issue's id.
        AnchorOption => "option \"{0}\" of issue {1}", "쟁점 {1}의 옵션 \"{0}\"";
        /// `{0}`: the list, `{1}`: the item, `{2}`: the issue's id.
        AnchorItem => "{0} item \"{1}\" of issue {2}", "쟁점 {2}의 {0} 항목 \"{1}\"";
        DropsOne => "Saving drops 1 comment", "저장하면 주석 1개가 사라집니다";
        /// `{0}`: how many.
        DropsMany => "Saving drops {0} comments", "저장하면 주석 {0}개가 사라집니다";
        /// `{0}`: the side.
        DropsWhy => "What they were attached to is gone, so the {0} file would no longer hold them:",
            "주석이 붙어 있던 항목이 없어져 {0} 파일에 더 이상 남지 않습니다:";
        /// `{0}`: line, `{1}`: the comment, `{2}`: what it was attached to.
        DropsLine => "line {0}: {1} ({2})", "{0}행: {1} ({2})";
        /// `{0}`: line (a room that does not see the whole side: no text, no anchor).
        DropsLinePrivate => "line {0}", "{0}행";
        /// `{0}`: how many more.
        DropsMore => "… and {0} more", "… 외 {0}개";
        SaveAnyway => "Save anyway", "그래도 저장";
        CancelSave => "Cancel", "취소";
    }
}
