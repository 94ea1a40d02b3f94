package org.luoshi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.Ledger;
import org.luoshi.plan.LedgerDiff;
import org.luoshi.web.LedgerStatuses;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The 台账 round trip: download, upload (a token and the differences), commit what the token names. */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
@Tag(name = "plan-editing", description = "手工维护计划 / keeping a plan by hand")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
class LedgerApi {

    record CommitRequest(String fingerprint) {}

    private final Ledger ledger;
    private final LedgerStatuses statuses;

    LedgerApi(Ledger ledger, LedgerStatuses statuses) {
        this.ledger = ledger;
        this.statuses = statuses;
    }

    @GetMapping("/ledger.xlsx")
    @Operation(summary = "下载计划台账(XLSX,含隐藏任务标识列)/ download the plan's ledger, with a hidden task id column")
    ResponseEntity<byte[]> download(@PathVariable long planId, @AuthenticationPrincipal LuoshiUser user) {
        byte[] file = ledger.export(planId, statuses.latest(planId, user.scope()), user.scope());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("ledger-" + planId + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file);
    }

    @PostMapping(value = "/ledger", consumes = "multipart/form-data")
    @Operation(summary = "上传修改后的台账,返回差异与令牌 / upload an edited ledger: its differences and a token")
    ResponseEntity<LedgerDiff> upload(
            @PathVariable long planId, @RequestParam MultipartFile file, @AuthenticationPrincipal LuoshiUser user)
            throws IOException {
        if (file.isEmpty()) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "edit.ledger.file", "empty");
        }
        return ResponseEntity.status(201)
                .body(ledger.upload(
                        planId, file.getOriginalFilename(), file.getBytes(), user.getUsername(), user.scope()));
    }

    @GetMapping("/ledger/{token}")
    @Operation(summary = "上传台账的差异(按计划当前状态)/ the differences of an upload, against the plan as it is now")
    LedgerDiff preview(
            @PathVariable long planId, @PathVariable String token, @AuthenticationPrincipal LuoshiUser user) {
        return ledger.preview(planId, token, user.getUsername(), user.scope());
    }

    @PostMapping("/ledger/{token}/commit")
    @Operation(summary = "确认导入(一个事务;差异变化则409)/ commit the upload in one transaction; 409 when its differences changed")
    Ledger.Outcome commit(
            @PathVariable long planId,
            @PathVariable String token,
            @RequestBody CommitRequest body,
            @AuthenticationPrincipal LuoshiUser user) {
        return ledger.commit(
                planId, token, body.fingerprint() == null ? "" : body.fingerprint(), user.getUsername(), user.scope());
    }
}
