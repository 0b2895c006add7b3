//! Texts of notices and status messages of the app (src/state.rs, src/app.rs).

crate::catalogue! {
    /// Notices, status lines and file-dialog texts of the app.
    pub enum Notice {
        Reloaded => "Reloaded {0} from disk (Ctrl+Z brings your version back)", "디스크에서 {0}을(를) 다시 읽었습니다(Ctrl+Z로 내 버전을 되돌릴 수 있습니다)";
        ReloadFailed => "Could not reload {0}: your version is kept", "{0}을(를) 다시 읽지 못했습니다: 내 버전을 유지합니다";
        NoDialog => "No file dialog could be shown", "파일 대화 상자를 표시할 수 없습니다";
        NoDialogHint => "{0}\n\nInstead: drop position files onto the window (the left or right half), or name them on the command line: accord LEFT.ron RIGHT.ron. On Linux, installing a desktop portal (xdg-desktop-portal-gtk or -kde) or zenity brings the dialogs.", "{0}\n\n대신 입장 파일을 창(왼쪽 또는 오른쪽 절반)에 끌어다 놓거나 명령줄에서 지정하십시오: accord LEFT.ron RIGHT.ron. Linux에서는 데스크톱 포털(xdg-desktop-portal-gtk 또는 -kde)이나 zenity를 설치하면 대화 상자가 나타납니다.";
        Opened => "Opened {0} on the {1} ({2} issues)", "{0}을(를) {1}에 열었습니다(쟁점 {2}개)";
        MergeOpened => "{0} has {1} unresolved merge conflicts ({2}): pick a side for each, then save", "{0}에 해결되지 않은 병합 충돌이 {1}개 있습니다({2}): 충돌마다 한쪽을 고른 뒤 저장하십시오";
        OpenFailed => "Could not open {0}: the {1} side is unchanged", "{0}을(를) 열지 못했습니다: {1}은(는) 그대로입니다";
        ConflictsLeft => "{0} of {1} conflicts still to resolve", "충돌 {1}개 중 {0}개가 아직 해결되지 않았습니다";
        MergeWouldNotLoad => "Not saved: the resolved {0} would not load", "저장하지 않았습니다: 해결한 {0}을(를) 읽을 수 없습니다";
        MergeSaved => "Saved the resolved {0}; it is open on the {1} side", "해결한 {0}을(를) 저장했습니다. {1}에 열려 있습니다";
        NotSaved => "Not saved: {0}", "저장하지 않았습니다: {0}";
        ConflictedUnchanged => "{0} (the conflicted file is unchanged)", "{0}(충돌 난 파일은 그대로입니다)";
        Restored => "Restored the unsaved edits of the {0} side", "{0}의 저장하지 않은 편집을 복원했습니다";
        Cancelled => "Cancelled: nothing was changed", "취소했습니다: 바뀐 것이 없습니다";
        FilterPositions => "Position files", "입장 파일";
        FilterAll => "All files", "모든 파일";
        DlgOpen => "Open a position on the {0}", "{0}에 입장 열기";
        DlgSaveAs => "Save the {0} position as", "{0} 입장을 다른 이름으로 저장";
        DlgExport => "Export a report for the {0} room", "{0} 방을 위한 보고서 내보내기";
        FilterHtml => "HTML report", "HTML 보고서";
        FilterMarkdown => "Markdown", "Markdown 문서";
        FilterCsvExcel => "CSV (Excel)", "CSV(Excel용)";
        DlgOlder => "Older file (e.g. round 1)", "이전 파일(예: 1라운드)";
        DlgNewer => "Newer file (e.g. round 2)", "새 파일(예: 2라운드)";
        DlgImport => "Import a position on the {0}", "{0}으로 입장 가져오기";
        FilterSheets => "Spreadsheets", "스프레드시트";
        FilterGenius => "GENIUS profiles", "GENIUS 프로필";
        DlgExportPosition => "Export the {0} position as a spreadsheet", "{0} 입장을 스프레드시트로 내보내기";
        FilterXlsx => "Excel workbook", "Excel 통합 문서";
        FilterCsvUtf8 => "CSV (UTF-8)", "CSV(UTF-8 인코딩)";
        Imported => "Imported {0} on the {1} ({2} issues): unsaved until you save it", "{0}을(를) {1}으로 가져왔습니다(쟁점 {2}개): 저장하기 전까지는 저장되지 않습니다";
        ImportFailed => "Could not import {0}: the {1} side is unchanged", "{0}을(를) 가져오지 못했습니다: {1}은(는) 그대로입니다";
        ExportedPosition => "Exported the {0} position to {1}", "{0} 입장을 {1}(으)로 내보냈습니다";
        SheetNotWritten => "The spreadsheet was not written", "스프레드시트를 쓰지 못했습니다";
        NewPosition => "New position on the {0}: unsaved until you save it", "{0}에 새 입장: 저장하기 전까지는 저장되지 않습니다";
        OpenOtherFirst => "Open a position on the {0} first", "먼저 {0}에 입장을 여십시오";
        NewFromAgenda => "New position on the {0} with the {1}'s {2} issues: name the party, then fill in values and weights", "{1}의 쟁점 {2}개로 {0}에 새 입장을 만들었습니다: 당사자 이름을 입력한 뒤 값과 가중치를 채우십시오";
        SelectToCopy => "Select an issue to copy", "복사할 쟁점을 선택하십시오";
        Copied => "Copied issue {0} of the {1} side ({2} rows with the column names): paste it into a spreadsheet", "{1}의 쟁점 {0}을(를) 복사했습니다(열 이름 포함 {2}행): 스프레드시트에 붙여 넣으십시오";
        OpenOrCreateFirst => "Open or create a position on the {0} first", "먼저 {0}에 입장을 열거나 만드십시오";
        NothingPasted => "Nothing pasted: the {0} side is unchanged", "붙여 넣지 않았습니다: {0}은(는) 그대로입니다";
        Pasted => "Pasted on the {0}: {1} issues added, {2} updated (one undo step)", "{0}에 붙여 넣었습니다: 쟁점 {1}개 추가, {2}개 갱신(한 번에 실행 취소)";
        ExportedReport => "Exported {0} for the {1} room", "{1} 방을 위해 {0}을(를) 내보냈습니다";
        ReportNotWritten => "The report was not written", "보고서를 쓰지 못했습니다";
        CellNotEditable => "This cell is not editable here: use the detail panel below", "이 셀은 여기서 편집할 수 없습니다: 아래 세부 정보 창을 사용하십시오";
        NothingToSave => "Nothing to save: no unsaved changes", "저장할 것이 없습니다: 저장하지 않은 변경 사항이 없습니다";
        MergeClosed => "{0} is unchanged, its conflicts unresolved", "{0}은(는) 그대로이며 충돌은 해결되지 않았습니다";
        NoFileToSave => "No file on the {0} side to save", "{0}에 저장할 파일이 없습니다";
        OpenFileFirst => "Open a file on the {0} side first", "먼저 {0}에 파일을 여십시오";
        OpenBothToExport => "Open a position on both sides to export a report", "보고서를 내보내려면 양쪽에 입장을 여십시오";
        NoPositionToExport => "No position on the {0} side to export", "{0}에 내보낼 입장이 없습니다";
        TypeFirst => "Type the entry first", "먼저 항목을 입력하십시오";
        Saved => "Saved {0}", "{0}을(를) 저장했습니다";
        SaveFailed => "Could not save the {0} side", "{0}을(를) 저장하지 못했습니다";
        EditNotApplied => "The edit was not applied", "편집을 적용하지 못했습니다";
        RefuseInRoom => "The {0} room does not see all of the {1} file, so it cannot change it: choose View > Room > Facilitator (or that side's delegation) to edit", "{0} 방에서는 {1} 파일 전체가 보이지 않으므로 바꿀 수 없습니다: 편집하려면 보기 > 방 > 진행자(또는 그쪽 대표단)를 고르십시오";
        Undid => "Undid: {0}", "실행 취소함: {0}";
        Redid => "Redid: {0}", "다시 실행함: {0}";
        NothingToUndo => "Nothing to undo", "실행 취소할 것이 없습니다";
        NothingToRedo => "Nothing to redo", "다시 실행할 것이 없습니다";
        UndoFailed => "Could not undo/redo", "실행 취소/다시 실행하지 못했습니다";
        NoNextRound => "Cannot start the next round", "다음 라운드를 시작할 수 없습니다";
        SaveSideFirst => "Save the {0} position to a file first.", "먼저 {0} 입장을 파일로 저장하십시오.";
        RoundExists => "{0} already exists: open it instead, or move it away first. Nothing was changed.", "{0}이(가) 이미 있습니다: 그 파일을 열거나 먼저 다른 곳으로 옮기십시오. 바뀐 것이 없습니다.";
        CouldNotWrite => "Could not write {0}", "{0}을(를) 쓰지 못했습니다";
        FileRound => "{0} (round {1})", "{0}({1}라운드)";
        RoundStarted => "Round {0} started", "{0}라운드 시작";
        NextRound => "Next round: {0}", "다음 라운드: {0}";
        And => " and ", " 및 ";
        LogNotSaved => "The session log was not saved", "회의 기록을 저장하지 못했습니다";
        LogInMemory => "The session log is kept in memory until both positions are saved to files", "두 입장을 파일로 저장할 때까지 회의 기록은 메모리에만 보관됩니다";
        LogNotRead => "The session log could not be read", "회의 기록을 읽지 못했습니다";
        RoomNow => "Room: {0}", "방: {0}";
        LastShownTo => "These files were last shown to: {0}. View > Room switches back.", "이 파일은 마지막으로 다음 방에 표시되었습니다: {0}. 보기 > 방에서 되돌릴 수 있습니다.";
        OpenBothToCompare => "Open a position on both sides to compare them.", "비교하려면 양쪽에 입장을 여십시오.";
        NoFileOnSide => "No file on the {0} side.", "{0}에 파일이 없습니다.";
        NoSavedFile => "No saved file on the {0} side to compare with.", "{0}에 비교할 저장된 파일이 없습니다.";
        OnDisk => "{0} on disk", "디스크의 {0}";
        WithEdits => "{0} with your edits", "편집한 {0}";
        Facilitator => "Facilitator", "진행자";
        JointSession => "Joint session", "합동 회의";
        Delegation => "{0} delegation", "{0} 대표단";
        DropCancelled => "Not saved: the comments are kept", "저장하지 않았습니다: 주석을 유지합니다";
        /// `{0}`: resolved, `{1}`: all.
        ConflictsResolved => "{0} of {1} conflicts resolved", "충돌 {1}개 중 {0}개 해결";
        // ---- Undo step labels (Edit ▸ Undo …) ----
        /// `{0}`: the file imported.
        StepImport => "import {0}", "{0} 가져오기";
        /// `{0}`: the other side.
        StepNewFromAgenda => "new position on the {0}'s agenda", "{0} 의제로 새 입장";
        StepNewPosition => "new position", "새 입장";
        /// `{0}`: how many.
        StepPaste => "paste of {0} issues", "쟁점 {0}개 붙여넣기";
        /// The title a new issue starts with (the user's to change).
        NewIssueTitle => "New issue", "새 쟁점";
    }
}
