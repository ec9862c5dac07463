// The one table of error codes: HTTP status and the message a person sees, in zh-CN and English.
export interface ErrorEntry {
  status: number;
  zh: string;
  en: string;
}

export const errorCatalogue: Record<string, ErrorEntry> = {
  'validation.failed': { status: 400, zh: '提交的信息有误，请按提示修改', en: 'Some of the information is not valid; please correct it' },
  'request.malformed': { status: 400, zh: '请求格式不正确', en: 'The request is not well formed' },
  'request.not_found': { status: 404, zh: '找不到该页面或接口', en: 'No such page or endpoint' },
  'request.too_large': { status: 413, zh: '提交的内容过大', en: 'The request is too large' },
  'request.unsupported_media_type': { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  'request.rate_limited': { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please try again later' },
  'request.precondition_failed': { status: 412, zh: '数据已被他人修改，请刷新后重试', en: 'The record changed meanwhile; reload and try again' },
  'request.precondition_required': { status: 428, zh: '缺少 If-Match 版本信息', en: 'An If-Match version is required' },
  'idempotency.in_flight': { status: 409, zh: '相同的请求正在处理中', en: 'The same request is still being processed' },
  'idempotency.key_reused': { status: 422, zh: '该幂等键已用于不同的请求', en: 'This Idempotency-Key was used for a different request' },
  'internal.error': { status: 500, zh: '系统内部错误，请凭请求编号联系我们', en: 'Internal error; please contact us quoting the request id' },
  'service.unavailable': { status: 503, zh: '服务暂不可用', en: 'The service is temporarily unavailable' },

  'auth.unauthenticated': { status: 401, zh: '请先登录', en: 'Please sign in first' },
  'auth.invalid_credentials': { status: 401, zh: '账号或密码错误', en: 'Wrong account or password' },
  'auth.invalid_totp': { status: 401, zh: '动态验证码错误或已使用', en: 'The one-time code is wrong or was already used' },
  'auth.second_factor_required': { status: 401, zh: '请完成动态验证码验证', en: 'Please complete the one-time code step' },
  'auth.throttled': { status: 429, zh: '登录失败次数过多，请稍后再试', en: 'Too many failed sign-ins; please wait and try again' },
  'auth.csrf_failed': { status: 403, zh: '页面已过期，请刷新后重试', en: 'The page has expired; please reload and try again' },
  'auth.forbidden': { status: 403, zh: '您没有权限执行此操作', en: 'You are not allowed to do this' },
  'auth.session_expired': { status: 401, zh: '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  'auth.totp_not_pending': { status: 409, zh: '当前无需设置动态验证码', en: 'No one-time code enrolment is pending' },

  'identity.already_registered': { status: 409, zh: '该证件或手机号已注册', en: 'This ID or mobile number is already registered' },
  'identity.not_found': { status: 404, zh: '找不到该用户', en: 'No such person' },
  'identity.region_not_found': { status: 404, zh: '找不到该行政区划', en: 'No such region' },
  'identity.department_not_found': { status: 404, zh: '找不到该部门', en: 'No such department' },
  'identity.admin_roles_exclusive': {
    status: 422,
    zh: '系统管理员、安全管理员、审计管理员三种角色不能由同一账号兼任',
    en: 'System, security and audit admin roles must be held by separate accounts',
  },
  'identity.unmask_purpose_required': { status: 400, zh: '查看完整信息须说明用途', en: 'A purpose is required to view the full value' },

  'licences.not_found': { status: 404, zh: '找不到该电子证照', en: 'No such e-licence' },
  'licences.already_revoked': { status: 409, zh: '该电子证照已注销', en: 'This e-licence is already revoked' },

  'notifications.not_found': { status: 404, zh: '找不到该通知', en: 'No such notification' },
  'applications.not_found': { status: 404, zh: '找不到该办件', en: 'No such application' },
  'applications.draft_not_found': { status: 404, zh: '找不到该草稿', en: 'No such draft' },
  'applications.target_required': { status: 400, zh: '请选择要办理的事项或一件事', en: 'Choose a service or a life event to apply for' },
  'applications.not_offered': { status: 422, zh: '该地区未提供此事项的办理', en: 'This service is not offered in the chosen region' },
  'applications.action_not_allowed': { status: 409, zh: '办件当前状态不允许此操作', en: 'This action is not possible in the application\'s current state' },
  'applications.wrong_role': { status: 403, zh: '当前环节需由其他岗位办理', en: 'The current step belongs to another role' },
  'applications.supplement_once': { status: 422, zh: '补正材料只能一次性告知；如有新情况请说明', en: 'Missing items are requested once; state the new facts to ask again' },
  'applications.materials_missing': { status: 422, zh: '还有必需的材料未提供', en: 'Some required materials are not provided' },
  'applications.already_rated': { status: 409, zh: '该办件已评价', en: 'This application was already rated' },
  'applications.not_completed': { status: 409, zh: '办结后才能评价', en: 'An application can be rated once it is completed' },
  'applications.assignee_invalid': { status: 422, zh: '只能指派给本部门的工作人员', en: 'Assign only to staff of the handling department' },
  'storage.file_type': { status: 415, zh: '只接受 PDF、JPEG 或 PNG 文件（按文件内容识别）', en: 'Only PDF, JPEG or PNG files are accepted (checked by content)' },
  'storage.file_too_large': { status: 413, zh: '文件过大', en: 'The file is too large' },
  'storage.file_not_found': { status: 404, zh: '找不到该文件', en: 'No such file' },
  'catalog.item_not_found': { status: 404, zh: '找不到该事项', en: 'No such service item' },
  'catalog.item_invalid': { status: 422, zh: '事项内容不符合标准要求，未能发布', en: 'The item does not meet the standard and was not published' },
  'catalog.no_draft': { status: 409, zh: '该事项没有待发布的草稿', en: 'The item has no draft to publish' },
  'catalog.not_published': { status: 422, zh: '该事项尚未发布，不能认领或办理', en: 'The item is not published, so it cannot be claimed or applied for' },
  'catalog.promised_exceeds_statutory': { status: 422, zh: '承诺时限超过法定时限', en: 'The promised limit exceeds the statutory one' },
  'catalog.material_not_in_standard': { status: 422, zh: '地方不得增加标准以外的申请材料', en: 'A region may not ask for materials beyond the standard' },
  'catalog.condition_not_in_standard': { status: 422, zh: '地方不得增设标准以外的办理条件', en: 'A region may not add conditions beyond the standard' },
  'catalog.commitment_not_allowed': { status: 422, zh: '标准不允许以告知承诺代替该材料', en: 'The standard does not allow a commitment for this material' },
  'catalog.commitment_not_requested': { status: 422, zh: '未列入的材料无需承诺替代', en: 'A material not asked for needs no commitment' },
  'catalog.department_outside_region': { status: 422, zh: '实施部门不属于该行政区域', en: 'The implementing department is not in that region' },
  'catalog.implementation_not_found': { status: 404, zh: '该地区没有此事项的实施清单', en: 'No implementation of this item for that region' },
  'catalog.life_event_not_found': { status: 404, zh: '找不到该“一件事”', en: 'No such life event' },
  'catalog.life_event_invalid': { status: 422, zh: '“一件事”的事项或依赖关系不正确', en: 'The life event has unknown items or invalid dependencies' },

  'exchange.resource_not_found': { status: 404, zh: '找不到该数据资源', en: 'No such data resource' },
  'exchange.resource_exists': { status: 409, zh: '该资源编码已被使用', en: 'That resource code is already in use' },
  'exchange.resource_invalid': { status: 422, zh: '数据资源目录信息不完整或有误', en: 'The data resource entry is incomplete or wrong' },
  'exchange.not_steward': { status: 403, zh: '只有该部门的数据管理员可以执行此操作', en: 'Only a data steward of that department may do this' },
  'exchange.not_shared': { status: 422, zh: '该数据资源不予共享，不能申请', en: 'This data resource is not shared and cannot be requested' },
  'exchange.request_not_found': { status: 404, zh: '找不到该共享申请', en: 'No such sharing request' },
  'exchange.request_invalid': { status: 422, zh: '共享申请内容有误', en: 'The sharing request is not valid' },
  'exchange.action_not_allowed': { status: 409, zh: '共享申请当前状态不允许此操作', en: 'This action is not possible in the request\'s current state' },
  'exchange.api_key_not_found': { status: 404, zh: '找不到该接口密钥', en: 'No such API key' },
  'exchange.unauthenticated': { status: 401, zh: '缺少有效的接口密钥或登录', en: 'A valid API key or sign-in is required' },
  'exchange.access_denied': { status: 403, zh: '没有有效的共享授权，已拒绝并记录', en: 'No active sharing grant covers this request; it was refused and logged' },
  'exchange.rate_limited': { status: 429, zh: '调用过于频繁，请稍后再试', en: 'Too many calls under this grant; try again shortly' },
  'exchange.subject_invalid': { status: 422, zh: '主体标识不是有效的身份证号或统一社会信用代码', en: 'The subject is not a valid resident ID or credit code' },
  'exchange.record_not_found': { status: 404, zh: '没有该主体的数据', en: 'No record for that subject' },
  'exchange.claim_invalid': { status: 422, zh: '核验条件有误', en: 'The claim to verify is not valid' },
  'exchange.import_invalid': { status: 422, zh: '导入文件无法读取（仅支持 CSV 或 XLSX）', en: 'The import file cannot be read (CSV or XLSX only)' },
  'exchange.import_not_found': { status: 404, zh: '找不到该导入任务', en: 'No such import' },
  'exchange.usage_not_found': { status: 404, zh: '找不到该使用记录', en: 'No such usage record' },
  'exchange.report_exists': { status: 409, zh: '您已对这条记录提出过异议', en: 'You have already reported this use' },
  'exchange.report_not_found': { status: 404, zh: '找不到该异议', en: 'No such report' },
  'exchange.consent_required': { status: 422, zh: '使用敏感个人信息需要您单独同意', en: 'Using sensitive personal information needs your separate consent' },

  'calendar.arrangement_invalid': { status: 422, zh: '节假日安排有误，请按提示修改', en: 'The holiday arrangement is not valid; please correct the fields shown' },

  'audit.write_failed': { status: 500, zh: '审计记录写入失败，操作未执行', en: 'The audit record could not be written; nothing was changed' },

  // City governance (一网统管). Each part of the module adds its codes under its own heading.
  // governance: incidents (intake, lifecycle)
  'governance.incident_not_found': { status: 404, zh: '找不到该事件', en: 'No such incident' },
  'governance.action_not_allowed': { status: 409, zh: '该事件当前状态不能执行此操作', en: 'This action is not possible in the incident’s current state' },
  'governance.not_your_incident': { status: 403, zh: '您无权处理该事件', en: 'You may not act on this incident' },
  'governance.category_not_found': { status: 422, zh: '事件分类不存在或不是末级分类', en: 'No such incident category, or it is not a leaf' },
  'governance.anonymous_not_allowed': { status: 422, zh: '该类事件不能匿名反映', en: 'This kind of incident cannot be reported anonymously' },
  'governance.location_required': { status: 422, zh: '请在地图上标出位置或填写地址', en: 'Mark the place on the map or give an address' },
  'governance.too_many_photos': { status: 422, zh: '最多上传 3 张照片', en: 'At most 3 photos' },
  'governance.photo_not_found': { status: 422, zh: '照片不存在或不属于您', en: 'No such photo, or it is not yours' },
  'governance.reopen_window_passed': { status: 409, zh: '已超过可重新办理的期限', en: 'The time to reopen this incident has passed' },
  'governance.photo_missing': { status: 404, zh: '找不到该照片', en: 'No such photo' },
  // governance: places, categories, dispatch
  'governance.grid_not_found': { status: 404, zh: '找不到该网格', en: 'No such grid' },
  'governance.department_not_found': { status: 422, zh: '找不到该部门', en: 'No such department' },
  'governance.no_grids': { status: 503, zh: '网格地图尚未配置，无法定位', en: 'The grid map has not been set up, so no place can be located' },
  // governance: classification
  'governance.no_model': { status: 503, zh: '智能分类模型尚未训练', en: 'The classification model has not been trained yet' },
  // governance: sensors and intake clients
  'governance.unauthenticated': { status: 401, zh: '缺少或无效的接入密钥', en: 'Missing or invalid intake API key' },
  'governance.scope_denied': { status: 403, zh: '该接入密钥无权执行此操作', en: 'This intake API key may not do this' },
  'governance.sensor_not_found': { status: 422, zh: '找不到该传感器，或不属于该接入方', en: 'No such sensor, or it does not belong to this client' },
  // governance: Open311 (GeoReport v2 answers these as [{ code, description }], not in the platform's error format)
  'governance.open311_jurisdiction_not_found': { status: 404, zh: '找不到该 jurisdiction_id', en: 'jurisdiction_id provided was not found' },
  'governance.open311_service_not_found': { status: 404, zh: '找不到该 service_code', en: 'service_code provided was not found' },
  'governance.open311_request_not_found': { status: 404, zh: '找不到该 service_request_id', en: 'service_request_id provided was not found' },
  'governance.open311_format_not_supported': { status: 404, zh: '仅支持 JSON 格式（.json）', en: 'Only the JSON format (.json) is supported' },
};

export function entryFor(code: string): ErrorEntry {
  return errorCatalogue[code] ?? errorCatalogue['internal.error']!;
}
